using Microsoft.EntityFrameworkCore;
using Portal.Digests.Outbox;
using Portal.IntegrationTests.Fixtures;

namespace Portal.IntegrationTests.Digests;

/// <summary>A theme whose mail templates are broken: a clear error and nothing composed, never a half mail.</summary>
public sealed class MailTemplateFaultTests : IDisposable
{
    private const string Drr = "disaster-risk-reduction";
    private readonly string themes = Directory.CreateTempSubdirectory("portal-mail-themes-").FullName;

    [Fact]
    public async Task With_a_broken_digest_template_digests_send_fails_naming_its_file_and_line_composes_nothing_and_the_site_does_not_start()
    {
        Repository.CopyFolder(Path.Combine(Repository.Root, "themes", "Galaxy"), Path.Combine(themes, "Galaxy"));
        var broken = Path.Combine(themes, "Galaxy", "mail", "digest.html.liquid");
        await File.WriteAllTextAsync(broken, "<table>\n{% for section in sections %}\n{% endfo %}\n", TestContext.Current.CancellationToken);
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var site = DigestsSite.Start(smtp);
        await site.ConfirmedSubscriberAsync(smtp, "reader@example.org", "daily", "en", Drr);
        await site.PublishNewsAsync("flood-drill", "Flood drill", Drr);
        var morning = DateTime.UtcNow.Date.AddDays(1).AddHours(8).ToString("o", System.Globalization.CultureInfo.InvariantCulture);

        var (code, output, error) = await site.RunVerbAsync("digests", "send", "--as-of", morning, "--Portal:ThemesPath", themes);

        Assert.True(code == 1, $"exit {code}: {output}{error}");
        Assert.Contains($"{broken}:", error, StringComparison.Ordinal);
        Assert.Equal(0, await site.QueryAsync(db => db.Set<DigestRecord>().CountAsync(TestContext.Current.CancellationToken)));
        Assert.Single(smtp.Messages());
        await using (var failing = DigestsSite.Create(smtp, new Dictionary<string, string> { ["Portal:ThemesPath"] = themes }))
        {
            var failure = Assert.ThrowsAny<Exception>(failing.StartServer);
            Assert.Contains($"{broken}:", failure.ToString(), StringComparison.Ordinal);
        }

        // With the theme mended (here: the repository's), the same digest goes out whole.
        (code, output, error) = await site.RunVerbAsync("digests", "send", "--as-of", morning);
        Assert.True(code == 0, output + error);
        var digest = Assert.Single(smtp.MessagesTo("reader@example.org"), m => m.Headers.Contains("List-Unsubscribe"));
        Assert.Contains("news/flood-drill", digest.HtmlBody, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(themes, recursive: true);
}
