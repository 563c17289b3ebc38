using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Admin.Scheduling;
using Portal.Content.Users;
using Portal.IntegrationTests.Fixtures;
using static Portal.IntegrationTests.Admin.ContentForms;

namespace Portal.IntegrationTests.Admin;

/// <summary>Scheduling writes one pending publication per item: a new schedule cancels the earlier one; the past is refused.</summary>
public abstract class WorkflowScheduleTests(IDatabaseSource database)
{
    [Fact]
    public async Task Scheduling_leaves_one_pending_publication_of_the_latest_version_in_the_zone_asked_for()
    {
        await using var app = await PortalApp.CreateAsync(database);
        using var editor = await AdminSession.SignInAsNewAsync(app, PortalRoles.Editor);
        await AssertRedirectAsync(await CreateAsync(editor, "News", ("Id", "budget-call"), ("Title", "Budget call")), EditPath("budget-call"));
        var local = DateTime.UtcNow.Date.AddDays(2).AddHours(9);
        var at = local.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

        await AssertRedirectAsync(await DecideAsync(editor, "budget-call", "en", "schedule", ("At", at), ("Zone", "Asia/Shanghai")), EditPath("budget-call") + "?done=scheduled");

        var first = await app.QueryAsync(db => db.Set<ScheduledPublication>().SingleAsync());
        Assert.Equal((1, local.AddHours(-8), (DateTime?)null, false), (first.VersionNumber, first.DueUtc, first.DoneUtc, first.Cancelled));
        Assert.Contains("is scheduled for publication", await editor.GetPageAsync(EditPath("budget-call")), StringComparison.Ordinal);
        Assert.Contains(EditPath("budget-call"), await editor.GetPageAsync("/admin/content?status=scheduled"), StringComparison.Ordinal);
        Assert.Contains("Budget call", await editor.GetPageAsync("/admin"), StringComparison.Ordinal);
        Assert.Equal(404, (await app.GetAsync("/api/content/budget-call")).Status);

        var (_, revision) = await OpenAsync(editor, "budget-call");
        await AssertRedirectAsync(await SaveAsync(editor, "budget-call", "en", revision, "save", ("Title", "Budget call, corrected")), EditPath("budget-call"));
        await AssertRedirectAsync(await DecideAsync(editor, "budget-call", "en", "schedule", ("At", at), ("Zone", "UTC")), EditPath("budget-call"));

        var rows = await app.QueryAsync(db => db.Set<ScheduledPublication>().OrderBy(s => s.Id).ToListAsync());
        Assert.Equal(2, rows.Count);
        Assert.True(rows[0].Cancelled && rows[0].DoneUtc is not null);
        Assert.Equal((2, local, (DateTime?)null), (rows[1].VersionNumber, rows[1].DueUtc, rows[1].DoneUtc));
    }

    [Fact]
    public async Task A_moment_in_the_past_or_an_unknown_zone_is_refused_and_changes_nothing()
    {
        await using var app = await PortalApp.CreateAsync(database);
        using var editor = await AdminSession.SignInAsNewAsync(app, PortalRoles.Editor);
        await AssertRedirectAsync(await CreateAsync(editor, "News", ("Id", "late"), ("Title", "Late")), EditPath("late"));
        var before = await ContentState.SnapshotAsync(app);

        foreach (var (at, zone) in new[] { ("2020-01-01T09:00", "UTC"), ("2099-01-01T09:00", "Mars/Olympus"), ("next week", "UTC") })
        {
            using var response = await DecideAsync(editor, "late", "en", "schedule", ("At", at), ("Zone", zone));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("role=\"alert\"", await BodyAsync(response), StringComparison.Ordinal);
        }

        Assert.Equal(before, await ContentState.SnapshotAsync(app));
    }
}

public sealed class WorkflowScheduleTestsOnSqlite() : WorkflowScheduleTests(SqliteFiles.Instance);

public sealed class WorkflowScheduleTestsOnPostgreSql(PostgresServer server) : WorkflowScheduleTests(server);
