using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Content.Users;
using Portal.Digests.Outbox;
using Portal.Digests.Reporting;
using Portal.Digests.Subscriptions;

namespace Portal.IntegrationTests.Digests;

/// <summary>The digest admin's queries (grouping, address search, latest items, pass runs) and the account page on PostgreSQL.</summary>
public sealed class DigestAdminOnPostgresTests(DigestsPostgres postgres) : IClassFixture<DigestsPostgres>
{
    private const string Drr = "disaster-risk-reduction";

    [Fact]
    public async Task On_postgresql_the_figures_the_preview_the_test_digest_and_the_account_page_work_and_move_no_window()
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var site = DigestsSite.Start(smtp, new Dictionary<string, string>
        {
            ["Portal:Database:Provider"] = "PostgreSQL",
            ["ConnectionStrings:Portal"] = await postgres.CreateDatabaseAsync(),
        });
        await site.PublishNewsAsync("flood-drill", "Flood drill", Drr);
        await site.ConfirmedSubscriberAsync(smtp, "ana@example.org", "daily", "en", Drr);
        using var editor = await DigestStaff.SignInAsync(site, "editor@example.org", PortalRoles.Editor);
        using (var saved = await editor.PostFormAsync("/account/subscriptions", [new("clusters", Drr), new("frequency", "daily"), new("culture", "en")], "/account/subscriptions?handler=save"))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        await DigestStaff.RunPassAsync(site);
        Assert.Equal(1, await site.QueryAsync(db => db.Set<DigestPassRun>().CountAsync()));
        var figures = await editor.GetPageAsync("/admin/digests");
        Assert.Contains("<dd id=\"active\">2</dd>", figures, StringComparison.Ordinal);
        Assert.Matches(@"<th scope=""row"">[^<]+</th><td>2</td><td>0</td><td>0</td>", figures);
        Assert.Contains("0 composed, 0 sent", figures, StringComparison.Ordinal);

        // Nothing went live since ana confirmed: nothing new, and the test is a sample of the latest.
        var before = await DigestStaff.SubscriptionAsync(site, "ana@example.org");
        Assert.Contains("id=\"nothing-new\"", await editor.GetPageAsync("/admin/digests/preview?q=ana"), StringComparison.Ordinal);
        using (var sent = await editor.PostFormAsync($"/admin/digests/preview?id={before.Id}", [new("Id", before.Id.ToString())], "/admin/digests/preview?handler=test"))
        {
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        }

        var test = Assert.Single(smtp.MessagesTo("editor@example.org"), m => (m.Subject ?? "").StartsWith("[Test] ", StringComparison.Ordinal));
        Assert.Contains("news/flood-drill", test.TextBody, StringComparison.Ordinal);
        Assert.Equal(before.LastDigestComposedUtc, (await DigestStaff.SubscriptionAsync(site, "ana@example.org")).LastDigestComposedUtc);
        Assert.Equal(0, await site.QueryAsync(db => db.Set<DigestRecord>().CountAsync()));
        Assert.Equal(SubscriptionStatus.Active, (await DigestStaff.SubscriptionAsync(site, "editor@example.org")).Status);
    }
}
