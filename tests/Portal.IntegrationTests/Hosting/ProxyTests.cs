using Microsoft.EntityFrameworkCore;
using Portal.Admin.Audit;
using Portal.Content.Users;
using Portal.IntegrationTests.Admin;
using Portal.IntegrationTests.Fixtures;

namespace Portal.IntegrationTests.Hosting;

/// <summary>Behind a reverse proxy named in <c>Portal:Proxy</c>, the site sees the visitor's address; otherwise it ignores the header.</summary>
public sealed class ProxyTests
{
    private const string Visitor = "203.0.113.7";

    [Fact]
    public async Task A_configured_proxy_passes_the_visitors_address_to_the_audit_log()
    {
        await using var app = await PortalApp.CreateAsync(new SqliteFiles(), settings: new Dictionary<string, string?> { ["Portal:Proxy:KnownNetworks:0"] = "0.0.0.0/0" });

        Assert.Equal(Visitor, await SignInAddressAsync(app));
    }

    [Fact]
    public async Task Without_a_configured_proxy_a_forwarded_address_is_not_believed()
    {
        await using var app = await PortalApp.CreateAsync(new SqliteFiles());

        Assert.NotEqual(Visitor, await SignInAddressAsync(app));
    }

    [Fact]
    public async Task A_proxy_that_is_not_an_address_stops_the_start_with_the_setting_named()
    {
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => PortalApp.CreateAsync(new SqliteFiles(), settings: new Dictionary<string, string?> { ["Portal:Proxy:KnownProxies:0"] = "proxy.example.org" }));

        Assert.Contains("Portal:Proxy:KnownProxies", refused.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Signs in as a browser behind the proxy would, and reads the address the audit log kept.</summary>
    private static async Task<string?> SignInAddressAsync(PortalApp app)
    {
        await AdminSession.CreateUserAsync(app, "editor@example.org", PortalRoles.Editor);
        using var session = AdminSession.Anonymous(app);
        session.Client.DefaultRequestHeaders.Add("X-Forwarded-For", Visitor);
        using var response = await session.SignInAsync("editor@example.org", AdminSession.Password);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return await app.QueryAsync(db => db.Set<AuditEntry>().Where(e => e.Action == AuditActions.Login).Select(e => e.Address).SingleAsync());
    }
}
