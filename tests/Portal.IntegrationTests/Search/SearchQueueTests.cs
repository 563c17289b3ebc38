using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Content.Publishing;
using Portal.IntegrationTests.Fixtures;
using Portal.Search.Queue;
using static Portal.IntegrationTests.Search.SearchApiTests;

namespace Portal.IntegrationTests.Search;

/// <summary>The indexing queue and the rebuild: what the index holds after failures, drafts and many imports.</summary>
public abstract class SearchQueueTests(IDatabaseSource database)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_rebuild_indexes_the_published_version_and_never_a_newer_draft()
    {
        await using var app = await PortalApp.CreateAsync(database);
        app.WriteContent("clusters/tapir.md", ContentFile.Of("Mangroves shelter the coast.", "type: Cluster", "title: Tapir wetlands", "published: 2024-01-01"));
        await app.ImportAsync();
        await SearchUntilAsync(app, "q=mangroves", r => (int)r["total"]! == 1);
        using (var scope = app.Services.CreateScope())
        {
            var operations = scope.ServiceProvider.GetRequiredService<ContentOperations>();
            var item = await operations.Db.ContentItems.SingleAsync(x => x.ContentId == "tapir", Cancellation);
            operations.AddVersion(item, new ContentDraft("tapir", "Tapir seagrass draft", null, "Seagrass replaces the old text.", "{}", null), authorId: null);
            await operations.SaveAsync(Cancellation);
        }

        await app.Services.GetRequiredService<SearchIndexer>().RebuildAsync(progress: null, Cancellation);

        Assert.Equal(["tapir"], Ids(await app.GetJsonAsync("/api/search?q=mangroves")));
        Assert.Equal("Tapir wetlands", (string)(await app.GetJsonAsync("/api/search?q=mangroves"))["hits"]![0]!["title"]!);
        Assert.Equal(0, (int)(await app.GetJsonAsync("/api/search?q=seagrass"))["total"]!);
    }

    [Fact]
    public async Task A_rebuild_that_fails_part_way_leaves_searches_finding_what_they_found_before()
    {
        await using var app = await PortalApp.CreateAsync(database, withRepositoryContent: true);
        await WaitForQueueAsync(app);
        var before = await app.GetJsonAsync("/api/search?q=city&size=100");
        Assert.True((int)before["total"]! > 10, before.ToJsonString());

        await app.QueryAsync(db => SourceFaults.BreakFieldsAsync(db, "ningbo-sponge-city"));
        await Assert.ThrowsAnyAsync<System.Text.Json.JsonException>(() => app.Services.GetRequiredService<SearchIndexer>().RebuildAsync(progress: null, Cancellation));

        // The searcher is refreshed every half second: a half-built index would show within this.
        for (var deadline = DateTime.UtcNow.AddSeconds(1.5); DateTime.UtcNow < deadline; await Task.Delay(100, Cancellation))
        {
            Assert.Equal(Ids(before), Ids(await app.GetJsonAsync("/api/search?q=city&size=100")));
        }

        await using var restarted = await app.RestartAsync();
        Assert.Equal(Ids(before), Ids(await restarted.GetJsonAsync("/api/search?q=city&size=100")));
    }

    [Fact]
    public async Task The_queue_is_pruned_behind_the_index_and_a_rebuild_from_the_database_still_finds_everything()
    {
        const int Items = 30;
        var app = await PortalApp.CreateAsync(database);
        for (var round = 1; round <= 5; round++)
        {
            for (var i = 0; i < Items; i++)
            {
                app.WriteContent($"clusters/capybara-{i}.md", ContentFile.Of($"Capybara round {round}.", "type: Cluster", $"title: Capybara {i}", "published: 2024-01-01"));
            }

            await app.ImportAsync();
            await WaitForQueueAsync(app);
        }

        await SearchUntilAsync(app, "q=capybara&size=100", r => (int)r["total"]! == Items);
        var rows = await RowsWhenPrunedAsync(app, Items);
        Assert.True(rows <= Items, $"{rows} indexing tasks are left after five imports of {Items} items");

        await using var restarted = await app.RestartAsync(data => Directory.Delete(Path.Combine(data, "search-index"), recursive: true));
        await SearchUntilAsync(restarted, "q=capybara&size=100", r => (int)r["total"]! == Items);
        restarted.WriteContent("clusters/capybara-0.md", ContentFile.Of("Capybara after the rebuild.", "type: Cluster", "title: Capybara zero", "published: 2024-01-01"));
        await restarted.ImportAsync();
        await SearchUntilAsync(restarted, "q=zero", r => Ids(r).SequenceEqual(["capybara-0"]));
    }

    /// <summary>The pruning follows the indexing by a moment: waits for it to leave at most <paramref name="bound"/> rows.</summary>
    private static async Task<int> RowsWhenPrunedAsync(PortalApp app, int bound)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var rows = await app.QueryAsync(db => db.Set<IndexingTask>().CountAsync(Cancellation));
            if (rows <= bound || DateTime.UtcNow > deadline)
            {
                return rows;
            }

            await Task.Delay(100, Cancellation);
        }
    }
}

public sealed class SearchQueueTestsOnSqlite() : SearchQueueTests(SqliteFiles.Instance);

public sealed class SearchQueueTestsOnPostgreSql(PostgresServer server) : SearchQueueTests(server);
