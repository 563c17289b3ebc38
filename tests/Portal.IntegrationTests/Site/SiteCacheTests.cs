using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Content.Publishing;
using Portal.IntegrationTests.Fixtures;

namespace Portal.IntegrationTests.Site;

/// <summary>Pages come from the output cache, and a publish evicts it so that the change is visible at once.</summary>
public sealed class SiteCacheTests
{
    [Fact]
    public async Task A_publish_is_visible_at_once_on_a_cached_page()
    {
        await using var app = await PortalApp.CreateAsync(SqliteFiles.Instance, withRepositoryContent: true);
        var before = await SitePage.GetAsync(app, "/clusters");
        Assert.DoesNotContain("Urban Water Security", before.Text, StringComparison.Ordinal);

        app.WriteContent("clusters/urban-water.md", """
            ---
            type: Cluster
            id: urban-water
            title: Urban Water Security
            summary: Cities sharing how they keep water flowing.
            published: 2026-01-01
            ---
            Water.
            """);
        var report = await app.ImportAsync();
        Assert.Empty(report.Problems);

        var after = await SitePage.GetAsync(app, "/clusters");
        Assert.Contains("Urban Water Security", after.Text, StringComparison.Ordinal);
        Assert.Equal(200, (await SitePage.GetAsync(app, "/clusters/urban-water")).Status);
    }

    [Fact]
    public async Task A_page_is_served_from_the_cache_until_content_changes()
    {
        await using var app = await PortalApp.CreateAsync(SqliteFiles.Instance, withRepositoryContent: true);
        var first = await SitePage.GetAsync(app, "/clusters");

        // Changed behind the site's back (not through ContentOperations): the cached page stays.
        await app.QueryAsync(async db =>
        {
            var cluster = db.ContentItems.Single(x => x.ContentId == "sustainable-agriculture" && x.Culture == "en");
            cluster.Status = Portal.Content.Model.ContentStatus.Draft;
            return await db.SaveChangesAsync();
        });

        var second = await SitePage.GetAsync(app, "/clusters");
        Assert.Equal(first.Text, second.Text);
        Assert.Contains("/clusters/sustainable-agriculture", second.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_saved_draft_keeps_the_cached_pages_and_its_publish_replaces_them()
    {
        await using var app = await PortalApp.CreateAsync(SqliteFiles.Instance, withRepositoryContent: true);
        Assert.Contains("/clusters/sustainable-agriculture", (await SitePage.GetAsync(app, "/clusters")).Text, StringComparison.Ordinal);

        using var scope = app.Services.CreateScope();
        var operations = scope.ServiceProvider.GetRequiredService<ContentOperations>();
        var item = await operations.Db.ContentItems.SingleAsync(x => x.ContentId == "disaster-risk-reduction" && x.Culture == "en", TestContext.Current.CancellationToken);
        var published = await operations.Db.ContentVersions.SingleAsync(v => v.ContentId == item.ContentId && v.Culture == item.Culture && v.Number == item.PublishedVersion, TestContext.Current.CancellationToken);
        var draft = operations.AddVersion(item, new ContentDraft(published.Slug ?? item.Slug, "Resilience drafted anew", published.Summary, published.Body, published.FieldsJson, published.PublishedUtc), authorId: null);
        await operations.SaveAsync(TestContext.Current.CancellationToken);

        var whileDrafting = (await SitePage.GetAsync(app, "/clusters")).Text;
        Assert.Contains("/clusters/sustainable-agriculture", whileDrafting, StringComparison.Ordinal);
        Assert.DoesNotContain("Resilience drafted anew", whileDrafting, StringComparison.Ordinal);

        operations.Publish(item, draft);
        await operations.SaveAsync(TestContext.Current.CancellationToken);

        var afterPublish = (await SitePage.GetAsync(app, "/clusters")).Text;
        Assert.Contains("Resilience drafted anew", afterPublish, StringComparison.Ordinal);
        Assert.Contains("/clusters/sustainable-agriculture", afterPublish, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_output_cache_off_every_request_renders_the_page_again()
    {
        await using var app = await PortalApp.CreateAsync(SqliteFiles.Instance, withRepositoryContent: true,
            new Dictionary<string, string?> { ["Portal:Site:OutputCache"] = "false" });
        Assert.DoesNotContain("Rendered anew", (await SitePage.GetAsync(app, "/clusters/sustainable-agriculture")).Text, StringComparison.Ordinal);

        // The body, changed behind the site's back: a page read from the output cache would not show it.
        await app.QueryAsync(db => db.ContentVersions.Where(v => v.ContentId == "sustainable-agriculture")
            .ExecuteUpdateAsync(v => v.SetProperty(x => x.Html, "<p>Rendered anew</p>"), TestContext.Current.CancellationToken));

        Assert.Contains("Rendered anew", (await SitePage.GetAsync(app, "/clusters/sustainable-agriculture")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_event_is_listed_at_once_on_the_home_page_and_in_its_cluster()
    {
        await using var app = await PortalApp.CreateAsync(SqliteFiles.Instance, withRepositoryContent: true);
        var next = DateTime.UtcNow.Year + 1;
        Assert.DoesNotContain("Flood drill in Ningbo", (await SitePage.GetAsync(app, "/")).Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Flood drill in Ningbo", (await SitePage.GetAsync(app, "/clusters/disaster-risk-reduction")).Text, StringComparison.Ordinal);

        app.WriteContent("events/ningbo-flood-drill.md", $"""
            ---
            type: Event
            id: ningbo-flood-drill
            title: Flood drill in Ningbo
            summary: A city-wide drill before the typhoon season.
            published: 2026-01-01
            starts: "{next}-05-12"
            timezone: Asia/Shanghai
            clusters: [disaster-risk-reduction]
            ---
            Drill.
            """);
        Assert.Empty((await app.ImportAsync()).Problems);

        Assert.Contains("Flood drill in Ningbo", (await SitePage.GetAsync(app, "/")).Text, StringComparison.Ordinal);
        Assert.Contains("Flood drill in Ningbo", (await SitePage.GetAsync(app, "/clusters/disaster-risk-reduction")).Text, StringComparison.Ordinal);
    }
}
