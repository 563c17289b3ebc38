using MimeKit;
using MimeKit.Cryptography;

namespace Portal.Digests.Mail;

/// <summary>
/// The optional DKIM signature of outgoing mail (RSA-SHA256, relaxed/relaxed). The signed headers
/// include both unsubscribe headers, which mail providers require for one-click unsubscribe to count;
/// a listed header a message lacks is signed as absent, so it cannot be added on the way.
/// </summary>
public sealed class MailSignature
{
    public static readonly IReadOnlyList<string> SignedHeaders =
        ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type", "List-Id", "List-Unsubscribe", "List-Unsubscribe-Post"];

    private readonly DkimSigner? signer;

    public MailSignature(DkimOptions options, string fromDomain)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.KeyPath))
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(options.Selector))
        {
            throw new InvalidOperationException("Portal:Mail:Dkim:Selector is needed with Portal:Mail:Dkim:KeyPath.");
        }

        var domain = string.IsNullOrWhiteSpace(options.Domain) ? fromDomain : options.Domain;
        try
        {
            signer = new DkimSigner(options.KeyPath, domain, options.Selector, DkimSignatureAlgorithm.RsaSha256)
            {
                HeaderCanonicalizationAlgorithm = DkimCanonicalizationAlgorithm.Relaxed,
                BodyCanonicalizationAlgorithm = DkimCanonicalizationAlgorithm.Relaxed,
            };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or ArgumentException or InvalidCastException)
        {
            throw new InvalidOperationException($"Portal:Mail:Dkim:KeyPath {options.KeyPath} is not a readable PEM file with an RSA private key: {e.Message}", e);
        }
    }

    /// <summary>Signs the message as it stands; a signature it already has is replaced.</summary>
    public void Sign(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (signer is null)
        {
            return;
        }

        message.Headers.RemoveAll(HeaderId.DkimSignature);
        // Seven-bit bodies first: a server without 8BITMIME would otherwise make the client re-encode them after signing.
        message.Prepare(EncodingConstraint.SevenBit);
        signer.Sign(message, [.. SignedHeaders]);
    }
}
