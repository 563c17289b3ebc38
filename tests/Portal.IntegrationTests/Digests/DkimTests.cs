using System.Security.Cryptography;
using MimeKit;
using MimeKit.Cryptography;
using Org.BouncyCastle.Crypto;

namespace Portal.IntegrationTests.Digests;

/// <summary>DKIM signing with a key from configuration, checked on what the SMTP server received.</summary>
public sealed class DkimTests
{
    private const string Drr = "disaster-risk-reduction";

    [Fact]
    public async Task A_signed_digest_delivered_to_the_smtp_server_verifies_against_the_public_key_and_its_signature_covers_both_unsubscribe_headers()
    {
        using var key = RSA.Create(2048);
        await using var smtp = await AiosmtpdServer.StartAsync();
        var keyFile = Path.Combine(Directory.CreateTempSubdirectory("portal-dkim-").FullName, "dkim.pem");
        await File.WriteAllTextAsync(keyFile, key.ExportPkcs8PrivateKeyPem(), TestContext.Current.CancellationToken);
        await using var site = DigestsSite.Start(smtp, new Dictionary<string, string>
        {
            ["Portal:Mail:Dkim:KeyPath"] = keyFile,
            ["Portal:Mail:Dkim:Selector"] = "mail2026",
        });
        await site.ConfirmedSubscriberAsync(smtp, "signed@example.org", "daily", "zh", Drr);
        await site.PublishNewsAsync("flood-drill", "Flood drill", Drr);

        var (code, output, error) = await site.RunVerbAsync("digests", "send", "--as-of", DateTime.UtcNow.Date.AddDays(1).AddHours(8).ToString("o", System.Globalization.CultureInfo.InvariantCulture));

        Assert.True(code == 0, output + error);
        var verifier = new DkimVerifier(new OneKeyLocator("mail2026", "portal.test", key));
        var confirmation = smtp.MessagesTo("signed@example.org")[0];
        var digest = Assert.Single(smtp.MessagesTo("signed@example.org"), m => m.Headers.Contains("List-Unsubscribe"));
        var signature = Assert.Single(digest.Headers, h => h.Id == HeaderId.DkimSignature);
        var tags = signature.Value.Split(';').Select(t => t.Trim().Split('=', 2)).ToDictionary(t => t[0], t => string.Concat(t[1].Where(c => !char.IsWhiteSpace(c))), StringComparer.Ordinal);
        Assert.Equal(("portal.test", "mail2026", "rsa-sha256", "relaxed/relaxed"), (tags["d"], tags["s"], tags["a"], tags["c"]));
        Assert.Superset(new HashSet<string>(["from", "subject", "date", "message-id", "list-id", "list-unsubscribe", "list-unsubscribe-post"]), tags["h"].Split(':').ToHashSet());
        Assert.True(await verifier.VerifyAsync(digest, signature, TestContext.Current.CancellationToken));
        Assert.True(await verifier.VerifyAsync(confirmation, confirmation.Headers.Single(h => h.Id == HeaderId.DkimSignature), TestContext.Current.CancellationToken));

        // The signature breaks when the unsubscribe link or the body is changed on the way.
        using var copy = new MemoryStream();
        await digest.WriteToAsync(copy, TestContext.Current.CancellationToken);
        copy.Position = 0;
        var altered = await MimeMessage.LoadAsync(copy, TestContext.Current.CancellationToken);
        altered.Headers["List-Unsubscribe"] = "<http://evil.example/unsubscribe>";
        Assert.False(await verifier.VerifyAsync(altered, altered.Headers.Single(h => h.Id == HeaderId.DkimSignature), TestContext.Current.CancellationToken));
    }

    /// <summary>The DNS TXT record a domain would publish (<c>v=DKIM1; k=rsa; p=...</c>), answered from memory.</summary>
    private sealed class OneKeyLocator(string selector, string domain, RSA key) : DkimPublicKeyLocatorBase
    {
        private readonly string record = $"v=DKIM1; k=rsa; p={Convert.ToBase64String(key.ExportSubjectPublicKeyInfo())}";

        public override AsymmetricKeyParameter LocatePublicKey(string methods, string domain1, string selector1, CancellationToken cancellationToken = default) =>
            selector1 == selector && domain1 == domain ? GetPublicKey(record) : throw new InvalidOperationException($"no key for {selector1}._domainkey.{domain1}");

        public override Task<AsymmetricKeyParameter> LocatePublicKeyAsync(string methods, string domain1, string selector1, CancellationToken cancellationToken = default) =>
            Task.FromResult(LocatePublicKey(methods, domain1, selector1, cancellationToken));
    }
}
