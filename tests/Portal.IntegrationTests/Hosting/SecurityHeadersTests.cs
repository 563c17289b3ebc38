using System.Net;
using Portal.Admin.Security;
using Portal.Content.Users;
using Portal.IntegrationTests.Admin;
using Portal.IntegrationTests.Fixtures;

namespace Portal.IntegrationTests.Hosting;

/// <summary>The headers of <c>Portal:Security</c> on the public site, the APIs and the members' pages; HSTS and the redirect to HTTPS.</summary>
public sealed class SecurityHeadersTests
{
    private const string Host = "portal.example.org";

    [Fact]
    public async Task Pages_feeds_the_api_and_unsubscribe_send_a_policy_without_inline_script_nosniff_no_framing_and_a_referrer_policy()
    {
        await using var app = await PortalApp.CreateAsync(new SqliteFiles(), withRepositoryContent: true);

        foreach (var path in new[] { "/", "/clusters/disaster-risk-reduction", "/feed.xml", "/api/content?type=Cluster", "/api/search?q=flood", "/unsubscribe?token=nothing", "/no-such-page" })
        {
            using var response = await GetAsync(app, path);
            var policy = Single(response, "Content-Security-Policy");
            Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
            Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
            Assert.Equal("DENY", Single(response, "X-Frame-Options"));
            Assert.Equal("strict-origin-when-cross-origin", Single(response, "Referrer-Policy"));
            Assert.False(response.Headers.Contains("Strict-Transport-Security"), $"{path} sent HSTS over HTTP");
        }

        // The admin keeps its own, stricter policy.
        using var login = await GetAsync(app, "/account/login");
        Assert.Equal(AdminSecurityHeaders.Policy, Single(login, "Content-Security-Policy"));
    }

    [Fact]
    public async Task The_public_pages_carry_no_inline_script_or_style_and_no_asset_from_elsewhere()
    {
        await using var app = await PortalApp.CreateAsync(new SqliteFiles(), withRepositoryContent: true);

        foreach (var path in new[] { "/", "/case-studies", "/subscribe", "/no-such-page" })
        {
            using var response = await GetAsync(app, path);
            var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            // Data (JSON-LD) and the theme's own script files only: a script written into the page is refused.
            Assert.DoesNotMatch("<script(?![^>]*application/ld\\+json)(?![^>]*\\ssrc=\"/[^/])", page);
            Assert.DoesNotContain("<style", page, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(" style=", page, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotMatch("<(script|img)[^>]+src=\"(https?:)?//", page);
            Assert.DoesNotMatch("<link rel=\"(stylesheet|icon|preload|modulepreload)\"[^>]+href=\"(https?:)?//", page);
        }
    }

    [Fact]
    public async Task A_deployment_sets_its_own_policy_and_framing_through_Portal_Security()
    {
        const string Policy = "default-src 'self'; script-src 'self' https://stats.example.org; frame-ancestors https://partner.example.org";
        await using var app = await PortalApp.CreateAsync(new SqliteFiles(), settings: new Dictionary<string, string?>
        {
            ["Portal:Security:ContentSecurityPolicy"] = Policy,
            ["Portal:Security:FrameOptions"] = "",
            ["Portal:Security:ReferrerPolicy"] = "no-referrer",
        });

        using var response = await GetAsync(app, "/");

        Assert.Equal(Policy, Single(response, "Content-Security-Policy"));
        Assert.False(response.Headers.Contains("X-Frame-Options"));
        Assert.Equal("no-referrer", Single(response, "Referrer-Policy"));
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => PortalApp.CreateAsync(new SqliteFiles(), settings: new Dictionary<string, string?> { ["Portal:Security:FrameOptions"] = "ALLOW-FROM x" }));
        Assert.Contains("FrameOptions", refused.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pdf_from_the_media_library_is_sandboxed()
    {
        await using var app = await PortalApp.CreateAsync(new SqliteFiles());
        using var contributor = await AdminSession.SignInAsNewAsync(app, PortalRoles.Contributor);
        var name = await MediaForms.UploadAcceptedAsync(contributor, System.Text.Encoding.ASCII.GetBytes(MediaSamples.Pdf), "report.pdf", "The report", "application/pdf");

        using var response = await GetAsync(app, $"/media/{name}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("sandbox", Single(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
    }

    [Fact]
    public async Task Behind_a_proxy_that_says_https_answers_carry_HSTS_and_plain_http_is_redirected_except_the_health_checks()
    {
        await using var app = await PortalApp.CreateAsync(new SqliteFiles(), settings: new Dictionary<string, string?>
        {
            ["Portal:Proxy:KnownNetworks:0"] = "0.0.0.0/0",
            ["Portal:Security:HttpsPort"] = "443",
        });

        using var secure = await GetAsync(app, "/", forwardedProto: "https");
        Assert.Equal(HttpStatusCode.OK, secure.StatusCode);
        Assert.Equal("max-age=31536000", Single(secure, "Strict-Transport-Security"));

        using var plain = await GetAsync(app, "/clusters?page=2", forwardedProto: "http");
        Assert.Equal(HttpStatusCode.PermanentRedirect, plain.StatusCode);
        Assert.Equal($"https://{Host}/clusters?page=2", plain.Headers.Location!.OriginalString);
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));

        using var health = await GetAsync(app, "/health", forwardedProto: "http");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task Without_a_configured_proxy_a_forwarded_https_is_not_believed_and_nothing_is_redirected_without_an_https_port()
    {
        await using var app = await PortalApp.CreateAsync(new SqliteFiles());

        using var response = await GetAsync(app, "/", forwardedProto: "https");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    private static async Task<HttpResponseMessage> GetAsync(PortalApp app, string path, string? forwardedProto = null)
    {
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Host = Host;
        request.Headers.Accept.ParseAdd("text/html");
        if (forwardedProto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", forwardedProto);
            request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static string Single(HttpResponseMessage response, string header) =>
        Assert.Single(response.Headers.TryGetValues(header, out var values) ? values : response.Content.Headers.TryGetValues(header, out var content) ? content : []);
}
