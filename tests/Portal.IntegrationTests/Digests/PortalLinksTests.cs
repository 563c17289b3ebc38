using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Portal.Digests;
using Portal.Digests.Outbox;
using Portal.IntegrationTests.Fixtures;

namespace Portal.IntegrationTests.Digests;

/// <summary>Links in mail come from <c>Portal:BaseUrl</c>, never from the request's Host; outside Development nothing mails without it.</summary>
public sealed class PortalLinksTests
{
    private const string Drr = "disaster-risk-reduction";

    [Theory]
    [InlineData("http://portal.test", "http://portal.test/subscribe/confirm?token=")]
    [InlineData("", PortalLinks.DevelopmentDefault + "/subscribe/confirm?token=")]
    public async Task A_subscribe_post_with_a_forged_host_mails_a_confirmation_link_on_the_base_url_never_on_the_host(string baseUrl, string expected)
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var site = DigestsSite.Start(smtp, new Dictionary<string, string> { ["Portal:BaseUrl"] = baseUrl });
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://evil.example") });

        using var answer = await DigestsSite.PostSubscribeAsync(client, DigestsSite.SubscribeFields("victim@example.org", "daily", "en", Drr));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var mail = Assert.Single(smtp.MessagesTo("victim@example.org"));
        Assert.Contains(expected, mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(expected, mail.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", mail.TextBody + mail.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outside_development_the_site_refuses_to_start_without_portal_base_url_and_names_the_key()
    {
        await using var app = await PortalApp.CreateAsync(SqliteFiles.Instance);

        var failure = Assert.ThrowsAny<Exception>(() => Start(app, "Production", baseUrl: null));

        Assert.Contains("Portal:BaseUrl is not set", failure.ToString(), StringComparison.Ordinal);
        Start(app, "Production", baseUrl: "https://portal.example.org");
        Start(app, "Development", baseUrl: null);
    }

    [Fact]
    public async Task Digests_send_without_portal_base_url_refuses_with_exit_1_says_why_and_sends_nothing()
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var site = DigestsSite.Start(smtp, new Dictionary<string, string> { ["Portal:BaseUrl"] = "" });
        await site.AddActiveSubscriptionAsync("member@example.org", Drr);
        await site.PublishNewsAsync("flood-drill", "Flood drill", Drr);

        var (code, output, error) = await site.RunVerbAsync("digests", "send", "--as-of", DateTime.UtcNow.Date.AddDays(1).AddHours(8).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));

        Assert.True(code == 1, $"exit {code}: {output}{error}");
        Assert.Contains("Portal:BaseUrl is not set", error, StringComparison.Ordinal);
        Assert.Empty(smtp.Messages());
        Assert.Equal(0, await site.QueryAsync(db => db.Set<DigestRecord>().CountAsync(TestContext.Current.CancellationToken)));
    }

    private static void Start(PortalApp app, string environment, string? baseUrl)
    {
        using var other = app.WithWebHostBuilder(b => b.UseEnvironment(environment).UseSetting("Portal:BaseUrl", baseUrl)
            .UseSetting("Portal:DataPath", Directory.CreateTempSubdirectory("portal-data-").FullName));
        using var client = other.CreateClient();
    }
}
