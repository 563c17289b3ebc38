using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Admin.History;
using Portal.Content.Users;
using Portal.IntegrationTests.Fixtures;
using static Portal.IntegrationTests.Admin.ContentForms;

namespace Portal.IntegrationTests.Admin;

/// <summary>The history: versions with author and note, the diff of two, and restoring an old one as a new draft.</summary>
public sealed class HistoryTests
{
    [Fact]
    public async Task The_history_lists_versions_shows_what_changed_and_restores_an_old_one_as_a_new_draft()
    {
        await using var app = await PortalApp.CreateAsync(new SqliteFiles(), withRepositoryContent: true);
        using var editor = await AdminSession.SignInAsNewAsync(app, PortalRoles.Editor, "history@example.org");
        var (_, revision) = await OpenAsync(editor, "ningbo");
        var original = await app.QueryAsync(db => db.ContentVersions.SingleAsync(v => v.ContentId == "ningbo"));
        await AssertRedirectAsync(await SaveAsync(editor, "ningbo", "en", revision, "save",
            ("Title", "Ningbo, port city"), ("Fields[country]", "CN"), ("Fields[region]", "Zhejiang"), ("Body", "A new first line."), ("Note", "shorter body")), EditPath("ningbo"));

        var history = await editor.GetPageAsync("/admin/content/ningbo/en/history");
        Assert.Contains("history@example.org", history, StringComparison.Ordinal);
        Assert.Contains("shorter body", history, StringComparison.Ordinal);
        Assert.Matches("<td>\\s*1\\s*<span class=\"badge\">public</span>", history);
        Assert.Matches("<td>\\s*2\\s*<span class=\"badge\">latest</span>", history);

        var diff = await editor.GetPageAsync("/admin/content/ningbo/en/history?from=1&to=2");
        Assert.Contains("<div class=\"removed\"><span class=\"visually-hidden\">removed: </span>title: Ningbo</div>", diff, StringComparison.Ordinal);
        Assert.Contains("<div class=\"added\"><span class=\"visually-hidden\">added: </span>title: Ningbo, port city</div>", diff, StringComparison.Ordinal);
        Assert.Contains("<div class=\"added\"><span class=\"visually-hidden\">added: </span>A new first line.</div>", diff, StringComparison.Ordinal);

        var (_, current) = await OpenAsync(editor, "ningbo");
        await AssertRedirectAsync(await editor.PostFormAsync("/admin/content/ningbo/en/history", [new("Version", "1"), new("Revision", current.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            "/admin/content/ningbo/en/history?handler=restore"), EditPath("ningbo") + "?done=restored");

        var restored = await app.QueryAsync(db => db.ContentVersions.SingleAsync(v => v.ContentId == "ningbo" && v.Number == 3));
        Assert.Equal((original.Title, original.Body, original.FieldsJson), (restored.Title, restored.Body, restored.FieldsJson));
        Assert.Equal("restored from version 1", restored.Note);
        var item = await app.QueryAsync(db => db.ContentItems.SingleAsync(x => x.ContentId == "ningbo"));
        Assert.Equal((3, (int?)1), (item.LatestVersion, item.PublishedVersion));
        Assert.Equal("content.restore", (await app.QueryAsync(db => db.Set<Portal.Admin.Audit.AuditEntry>().OrderBy(e => e.Id).LastAsync())).Action);
    }

    [Fact]
    public async Task A_restore_from_a_history_opened_before_the_item_changed_is_refused()
    {
        await using var app = await PortalApp.CreateAsync(new SqliteFiles(), withRepositoryContent: true);
        using var editor = await AdminSession.SignInAsNewAsync(app, PortalRoles.Editor);
        var (_, revision) = await OpenAsync(editor, "ningbo");
        await AssertRedirectAsync(await SaveAsync(editor, "ningbo", "en", revision, "save", ("Title", "Ningbo 2"), ("Fields[country]", "CN")), EditPath("ningbo"));
        var before = await ContentState.SnapshotAsync(app);

        using var response = await editor.PostFormAsync("/admin/content/ningbo/en/history", [new("Version", "1"), new("Revision", revision.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            "/admin/content/ningbo/en/history?handler=restore");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(before, await ContentState.SnapshotAsync(app));
    }

    [Fact]
    public void The_line_diff_keeps_the_longest_common_lines_and_marks_the_rest()
    {
        var diff = LineDiff.Compare(["a", "b", "c", "d", "e"], ["a", "c", "x", "d", "e", "f"]);

        Assert.Equal(
            ["=a", "-b", "=c", "+x", "=d", "=e", "+f"],
            diff.Select(l => (l.Kind switch { DiffKind.Added => "+", DiffKind.Removed => "-", _ => "=" }) + l.Text));
    }
}
