using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Admin.Audit;
using Portal.Content.Users;
using Portal.Digests.Outbox;
using Portal.IntegrationTests.Admin;

namespace Portal.IntegrationTests.Digests;

/// <summary>
/// What editors see and do in /admin/digests: the figures, the next digest of a member previewed
/// without moving anything, a test digest to themselves through the real SMTP server.
/// </summary>
public sealed class DigestAdminTests
{
    private const string Drr = "disaster-risk-reduction";

    [Fact]
    public async Task An_editor_previews_a_members_next_digest_and_sends_it_to_itself_and_neither_changes_what_the_member_gets()
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var site = DigestsSite.Start(smtp);
        await site.ConfirmedSubscriberAsync(smtp, "ana@example.org", "daily", "en", Drr);
        await site.PublishNewsAsync("flood-drill", "Flood drill", Drr);
        using var editor = await DigestStaff.SignInAsync(site, "editor@example.org", PortalRoles.Editor);
        var before = await DigestStaff.SubscriptionAsync(site, "ana@example.org");

        var search = await editor.GetPageAsync("/admin/digests/preview?q=ANA@");
        Assert.Contains("ana@example.org", search, StringComparison.Ordinal);
        Assert.Contains("Flood drill", search, StringComparison.Ordinal);
        Assert.Contains("id=\"subject\"", search, StringComparison.Ordinal);
        Assert.Contains("sandbox", search, StringComparison.Ordinal);
        Assert.Contains("news/flood-drill", search, StringComparison.Ordinal);

        using (var frame = new HttpRequestMessage(HttpMethod.Get, new Uri($"/admin/digests/preview?handler=html&id={before.Id}", UriKind.Relative)))
        {
            using var html = await editor.Client.SendAsync(frame, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, html.StatusCode);
            var policy = string.Join(' ', html.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("sandbox", policy, StringComparison.Ordinal);
            Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
            Assert.Contains("http://portal.test/news/flood-drill", await html.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        using (var sent = await editor.PostFormAsync($"/admin/digests/preview?id={before.Id}", [new("Id", before.Id.ToString())], "/admin/digests/preview?handler=test"))
        {
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        }

        var test = Assert.Single(smtp.MessagesTo("editor@example.org"));
        Assert.StartsWith("[Test] ", test.Subject, StringComparison.Ordinal);
        Assert.Contains("http://portal.test/news/flood-drill", test.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(smtp.Messages(), m => m.To.Mailboxes.Any(b => b.Address == "ana@example.org") && (m.Subject ?? "").Contains("[Test]", StringComparison.Ordinal));

        // Nothing moved: the same window, no outbox row; the audit log has the test.
        var after = await DigestStaff.SubscriptionAsync(site, "ana@example.org");
        Assert.Equal(before.LastDigestComposedUtc, after.LastDigestComposedUtc);
        Assert.Equal(0, await site.QueryAsync(db => db.Set<DigestRecord>().CountAsync()));
        Assert.Equal(1, await site.QueryAsync(db => db.Set<AuditEntry>().CountAsync(e => e.Action == "digest.test" && e.Target == "ana@example.org")));

        // The member still gets the item, once; then the preview has nothing new.
        await DigestStaff.RunPassAsync(site);
        var digest = Assert.Single(smtp.MessagesTo("ana@example.org"), m => m.Headers.Contains("List-Unsubscribe-Post"));
        Assert.Contains("http://portal.test/news/flood-drill", digest.TextBody, StringComparison.Ordinal);
        Assert.Equal(test.TextBody?.Split("http://portal.test/news/").Length, digest.TextBody?.Split("http://portal.test/news/").Length);
        var nothing = await editor.GetPageAsync($"/admin/digests/preview?id={before.Id}");
        Assert.Contains("id=\"nothing-new\"", nothing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_nothing_new_the_test_is_a_sample_of_the_latest_items_and_the_eleventh_test_in_an_hour_is_refused()
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var site = DigestsSite.Start(smtp, new Dictionary<string, string> { ["Portal:Admin:Digests:TestsPerHour"] = "2" });
        await site.PublishNewsAsync("flood-drill", "Flood drill", Drr);
        await site.ConfirmedSubscriberAsync(smtp, "ana@example.org", "daily", "en", Drr);
        using var editor = await DigestStaff.SignInAsync(site, "editor@example.org", PortalRoles.Editor);
        var id = (await DigestStaff.SubscriptionAsync(site, "ana@example.org")).Id.ToString();

        Assert.Contains("id=\"nothing-new\"", await editor.GetPageAsync($"/admin/digests/preview?id={id}"), StringComparison.Ordinal);
        for (var n = 0; n < 2; n++)
        {
            using var sent = await editor.PostFormAsync($"/admin/digests/preview?id={id}", [new("Id", id)], "/admin/digests/preview?handler=test");
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
            Assert.Contains("done=sample", sent.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        using var refused = await editor.PostFormAsync($"/admin/digests/preview?id={id}", [new("Id", id)], "/admin/digests/preview?handler=test");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("The next can go at", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        var tests = smtp.MessagesTo("editor@example.org");
        Assert.Equal(2, tests.Count);
        Assert.All(tests, t => Assert.Contains("news/flood-drill", t.TextBody, StringComparison.Ordinal));
        Assert.Equal(0, await site.QueryAsync(db => db.Set<DigestRecord>().CountAsync()));
    }

    [Fact]
    public async Task The_figures_show_subscribers_per_cluster_the_last_pass_and_a_suspended_address_with_its_error_which_an_editor_reactivates()
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var site = DigestsSite.Start(smtp, new Dictionary<string, string> { ["Portal:Digests:SuspendAfterFailures"] = "1" });
        await site.ConfirmedSubscriberAsync(smtp, "ana@example.org", "daily", "en", Drr);
        // The confirmation mail itself is refused for this address, so it is confirmed in the database.
        using (await site.SubscribeAsync("refused@example.org", "daily", "en", Drr))
        {
        }

        await site.QueryAsync(db => db.Set<Portal.Digests.Subscriptions.Subscription>().Where(s => s.EmailKey == "refused@example.org")
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, Portal.Digests.Subscriptions.SubscriptionStatus.Active).SetProperty(s => s.ConfirmedUtc, DateTime.UtcNow), TestContext.Current.CancellationToken));
        using (await site.SubscribeAsync("later@example.org", "daily", "en", Drr))
        {
        }

        await site.PublishNewsAsync("flood-drill", "Flood drill", Drr);
        var (code, output, error) = await site.RunVerbAsync("digests", "send", "--as-of", DateTime.UtcNow.Date.AddDays(1).AddHours(8).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(code == 1, output + error);
        using var editor = await DigestStaff.SignInAsync(site, "editor@example.org", PortalRoles.Editor);

        var page = await editor.GetPageAsync("/admin/digests");
        Assert.Contains("<dd id=\"active\">1</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"pending\">1</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"suspended\">1</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"sent\">1</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"failed\">1</dd>", page, StringComparison.Ordinal);
        Assert.Contains("2 due, 2 composed", page, StringComparison.Ordinal);
        Assert.Contains("1 sent, 0 deferred, 1 failed, 1 suspended", page, StringComparison.Ordinal);
        Assert.Matches(@"<th scope=""row"">[^<]+</th><td>1</td><td>1</td><td>1</td>", page);
        Assert.Contains("refused@example.org", page, StringComparison.Ordinal);
        Assert.Contains("550", page, StringComparison.Ordinal);

        var suspended = await DigestStaff.SubscriptionAsync(site, "refused@example.org");
        Assert.Contains("id=\"not-active\"", await editor.GetPageAsync($"/admin/digests/preview?id={suspended.Id}"), StringComparison.Ordinal);
        using (var contributor = await DigestStaff.SignInAsync(site, "writer@example.org", PortalRoles.Contributor))
        {
            using var refused = await contributor.PostFormAsync("/account/subscriptions", [new("Subscription", suspended.Id.ToString())], "/admin/digests?handler=reactivate");
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        Assert.Equal(Portal.Digests.Subscriptions.SubscriptionStatus.Suspended, (await DigestStaff.SubscriptionAsync(site, "refused@example.org")).Status);
        using (var reactivated = await editor.PostFormAsync("/admin/digests", [new("Subscription", suspended.Id.ToString())], "/admin/digests?handler=reactivate"))
        {
            Assert.Equal(HttpStatusCode.Redirect, reactivated.StatusCode);
        }

        var active = await DigestStaff.SubscriptionAsync(site, "refused@example.org");
        Assert.Equal(Portal.Digests.Subscriptions.SubscriptionStatus.Active, active.Status);
        Assert.Equal(0, active.FailureCount);
        Assert.Equal(suspended.LastDigestComposedUtc, active.LastDigestComposedUtc);
        Assert.Equal(1, await site.QueryAsync(db => db.Set<AuditEntry>().CountAsync(e => e.Action == "digest.reactivate" && e.Target == "refused@example.org" && e.UserName == "editor@example.org")));

        // Reactivating what is not suspended is refused and changes nothing.
        using var again = await editor.PostFormAsync("/admin/digests", [new("Subscription", suspended.Id.ToString())], "/admin/digests?handler=reactivate");
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal(1, await site.QueryAsync(db => db.Set<AuditEntry>().CountAsync(e => e.Action == "digest.reactivate")));
    }
}
