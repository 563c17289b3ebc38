using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Admin.Audit;
using Portal.Admin.Scheduling;
using Portal.Content.Model;
using Portal.IntegrationTests.Fixtures;

namespace Portal.IntegrationTests.Admin;

/// <summary>A version scheduled in the admin goes live when due, once: across passes, restarts and concurrent servers.</summary>
public abstract class ScheduledPublishingTests(IDatabaseSource database)
{
    private static readonly Dictionary<string, string?> ManualPasses = new() { ["Portal:Admin:Scheduler:Enabled"] = "false" };

    [Fact]
    public async Task A_due_version_is_published_by_one_pass_and_the_next_pass_changes_nothing()
    {
        await using var app = await DraftSiteAsync(ManualPasses);
        await ScheduleAsync(app, DateTime.UtcNow.AddMinutes(-1));
        Assert.Equal(404, (await app.GetAsync("/api/content/flood-drill")).Status);

        Assert.Equal(1, await PassAsync(app, DateTime.UtcNow));
        Assert.Equal("Flood drill", (string)(await app.GetJsonAsync("/api/content/flood-drill"))["title"]!);
        Assert.Equal(0, await PassAsync(app, DateTime.UtcNow.AddMinutes(5)));

        var (item, audits, done) = await StateAsync(app);
        Assert.Equal((ContentStatus.Published, 1, 1), (item.Status, item.PublishedVersion, item.LatestVersion));
        Assert.Equal(1, audits);
        Assert.NotNull(done);
    }

    [Fact]
    public async Task A_version_scheduled_for_later_stays_private_until_its_moment_even_across_a_restart()
    {
        var app = await DraftSiteAsync(ManualPasses);
        try
        {
            var due = DateTime.UtcNow.AddHours(2);
            await ScheduleAsync(app, due);
            Assert.Equal(0, await PassAsync(app, DateTime.UtcNow));
            Assert.Equal(404, (await app.GetAsync("/api/content/flood-drill")).Status);

            app = await app.RestartAsync();
            Assert.Equal(0, await PassAsync(app, due.AddSeconds(-1)));
            Assert.Equal(1, await PassAsync(app, due));
            app = await app.RestartAsync();
            Assert.Equal(0, await PassAsync(app, due.AddMinutes(1)));
            Assert.Equal(1, (await StateAsync(app)).Audits);
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    [Fact]
    public async Task Passes_running_at_the_same_time_publish_a_due_version_once()
    {
        await using var app = await DraftSiteAsync(ManualPasses);
        await ScheduleAsync(app, DateTime.UtcNow.AddMinutes(-1));

        var passes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => PassAsync(app, DateTime.UtcNow))));

        Assert.Equal(1, passes.Sum());
        var (item, audits, _) = await StateAsync(app);
        Assert.Equal((ContentStatus.Published, 1), (item.Status, audits));
    }

    [Fact]
    public async Task The_background_service_of_the_site_publishes_when_due_without_anyone_asking()
    {
        await using var app = await DraftSiteAsync(new() { ["Portal:Admin:Scheduler:Interval"] = "00:00:00.200" });
        await ScheduleAsync(app, DateTime.UtcNow.AddSeconds(1));

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await app.GetAsync("/api/content/flood-drill")).Status != 200)
        {
            Assert.True(DateTime.UtcNow < deadline, "the scheduled item did not go live within 30 s");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.Equal(1, (await StateAsync(app)).Audits);
    }

    [Fact]
    public async Task A_cancelled_schedule_publishes_nothing()
    {
        await using var app = await DraftSiteAsync(ManualPasses);
        var id = await ScheduleAsync(app, DateTime.UtcNow.AddMinutes(-1));
        await app.QueryAsync(db => db.Set<ScheduledPublication>().Where(s => s.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Cancelled, true).SetProperty(x => x.DoneUtc, DateTime.UtcNow), TestContext.Current.CancellationToken));

        Assert.Equal(0, await PassAsync(app, DateTime.UtcNow));
        Assert.Equal(404, (await app.GetAsync("/api/content/flood-drill")).Status);
    }

    [Fact]
    public async Task An_item_whose_published_date_arrives_shows_on_a_cached_list_page_without_waiting_for_the_cache_to_expire()
    {
        await using var app = await PortalApp.CreateAsync(database, settings: new Dictionary<string, string?> { ["Portal:Admin:Scheduler:Interval"] = "00:00:00.200" });
        // Far enough ahead that the import and the first, cached, view of the list happen before it.
        var moment = DateTime.UtcNow.AddSeconds(20).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        app.WriteContent("case-studies/early-warning.md", ContentFile.Of("Sirens.", "type: CaseStudy", "title: Early warning by text message", $"published: {moment}"));
        Assert.Empty((await app.ImportAsync()).Problems);
        using var client = app.CreateClient();
        Assert.DoesNotContain("Early warning by text message", await client.GetStringAsync(new Uri("/case-studies", UriKind.Relative), TestContext.Current.CancellationToken), StringComparison.Ordinal);

        var deadline = DateTime.UtcNow.AddSeconds(50);
        while (!(await client.GetStringAsync(new Uri("/case-studies", UriKind.Relative), TestContext.Current.CancellationToken)).Contains("Early warning by text message", StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, "the list page still hid the item 30 s after its moment (the page cache keeps pages 10 minutes)");
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
    }

    private async Task<PortalApp> DraftSiteAsync(Dictionary<string, string?> settings)
    {
        var app = await PortalApp.CreateAsync(database, settings: settings);
        app.WriteContent("news/flood-drill.md", ContentFile.Of("Sirens, then the drill.", "type: News", "title: Flood drill"));
        var report = await app.ImportAsync();
        Assert.Empty(report.Problems);
        return app;
    }

    private static Task<long> ScheduleAsync(PortalApp app, DateTime dueUtc) => app.QueryAsync(async db =>
    {
        var schedule = new ScheduledPublication { ContentId = "flood-drill", Culture = "en", VersionNumber = 1, DueUtc = dueUtc, ScheduledBy = "editor", CreatedUtc = DateTime.UtcNow };
        db.Add(schedule);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return schedule.Id;
    });

    private static async Task<int> PassAsync(PortalApp app, DateTime nowUtc)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ScheduledPublisher>().PublishDueAsync(nowUtc, TestContext.Current.CancellationToken);
    }

    private static Task<(ContentItem Item, int Audits, DateTime? Done)> StateAsync(PortalApp app) => app.QueryAsync(async db =>
    (
        await db.ContentItems.AsNoTracking().SingleAsync(i => i.ContentId == "flood-drill"),
        await db.Set<AuditEntry>().CountAsync(a => a.Action == "content.publish-scheduled"),
        (await db.Set<ScheduledPublication>().SingleAsync()).DoneUtc));
}

public sealed class ScheduledPublishingTestsOnSqlite() : ScheduledPublishingTests(SqliteFiles.Instance);

public sealed class ScheduledPublishingTestsOnPostgreSql(PostgresServer server) : ScheduledPublishingTests(server);
