using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Portal.Admin.Audit;
using Portal.Content.Storage;
using Portal.Content.Users;
using Portal.IntegrationTests.Fixtures;

namespace Portal.IntegrationTests.Admin;

public sealed partial class AuditLogTests
{
    private const string Admin = "admin@example.org";

    [Fact]
    public async Task The_log_lists_the_newest_first_fifty_a_page_and_filters_by_user_action_and_target()
    {
        await using var app = await PortalApp.CreateAsync(new SqliteFiles());
        using var admin = await AdminSession.SignInAsNewAsync(app, PortalRoles.Administrator, Admin);
        await WriteEntriesAsync(app);

        // 120 written + the administrator's own sign-in, which is the newest.
        var first = await admin.GetPageAsync("/admin/audit");
        Assert.Contains("121 entries · page 1 of 3", first, StringComparison.Ordinal);
        var rows = Rows(first);
        Assert.Equal(AuditModel.PageSize, rows.Count);
        Assert.Equal(AuditActions.Login, rows[0].Action);
        Assert.Equal("content.publish", rows[1].Action);
        Assert.Equal("item-119", rows[1].Target);
        Assert.Equal("item-71", rows[^1].Target);
        Assert.Contains("rel=\"next\" href=\"/admin/audit?p=2\"", first, StringComparison.Ordinal);

        var last = Rows(await admin.GetPageAsync("/admin/audit?p=3"));
        Assert.Equal(21, last.Count);
        Assert.Equal("item-0", last[^1].Target);

        var alice = Rows(await admin.GetPageAsync("/admin/audit?user=ALICE"));
        Assert.Equal(AuditModel.PageSize, alice.Count);
        Assert.All(alice, row => Assert.Equal("alice@example.org", row.User));
        var aliceMore = await admin.GetPageAsync("/admin/audit?user=alice&p=2");
        Assert.Equal(10, Rows(aliceMore).Count);
        Assert.Contains("rel=\"prev\" href=\"/admin/audit?user=alice&amp;p=1\"", aliceMore, StringComparison.Ordinal);

        var unpublished = Rows(await admin.GetPageAsync("/admin/audit?action=content.unpub"));
        Assert.Equal(40, unpublished.Count);
        Assert.All(unpublished, row => Assert.Equal("content.unpublish", row.Action));

        var both = Rows(await admin.GetPageAsync("/admin/audit?user=bob&action=content.publish&target=item-11"));
        Assert.Equal(["item-119", "item-118", "item-116", "item-115", "item-113", "item-112", "item-110"], both.Select(r => r.Target));
        Assert.All(both, row => Assert.Equal(("bob@example.org", "content.publish"), (row.User, row.Action)));
    }

    [Fact]
    public async Task A_malformed_page_number_is_a_clear_400_and_text_in_entries_is_shown_not_run()
    {
        await using var app = await PortalApp.CreateAsync(new SqliteFiles());
        using var admin = await AdminSession.SignInAsNewAsync(app, PortalRoles.Administrator, Admin);
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            scope.ServiceProvider.GetRequiredService<AuditLog>().Record("content.save", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>");
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var page = await admin.GetPageAsync("/admin/audit");
        Assert.DoesNotContain("<script>alert(1)", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", page, StringComparison.Ordinal);

        foreach (var bad in new[] { "0", "-1", "two" })
        {
            using var response = await admin.Client.GetAsync(new Uri($"/admin/audit?p={bad}", UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("The page number must be a whole number, 1 or more.", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }
    }

    // Entry i: alice for the first 60, bob after; every third from 0 unpublishes (40 of them), the others publish.
    private static async Task WriteEntriesAsync(PortalApp app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var start = DateTime.UtcNow.AddDays(-1);
        for (var i = 0; i < 120; i++)
        {
            db.Set<AuditEntry>().Add(new AuditEntry
            {
                AtUtc = start.AddMinutes(i),
                UserName = i < 60 ? "alice@example.org" : "bob@example.org",
                Action = i % 3 == 0 ? "content.unpublish" : "content.publish",
                Target = $"item-{i}",
            });
        }

        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    private static List<(string User, string Action, string Target)> Rows(string page) =>
        [.. Row().Matches(page).Select(m => (WebUtility.HtmlDecode(m.Groups[1].Value), m.Groups[2].Value, WebUtility.HtmlDecode(m.Groups[3].Value)))];

    [GeneratedRegex(@"<tr>\s*<td><time[^>]*>[^<]*</time></td>\s*<td>([^<]*)</td>\s*<td>([^<]*)</td>\s*<td>([^<]*)</td>")]
    private static partial Regex Row();
}
