using Microsoft.Extensions.DependencyInjection;
using Portal.Content.Model;
using Portal.Content.Publishing;
using Portal.IntegrationTests.Fixtures;
using Portal.Search.Indexing;
using Portal.Search.Queue;
using static Portal.IntegrationTests.Search.SearchApiTests;

namespace Portal.IntegrationTests.Search;

/// <summary>
/// PostgreSQL gives a task its id at insert and shows it at commit, so ids can commit out of order
/// (SQLite writes one transaction at a time: there they cannot).
/// </summary>
public sealed class LateCommitTests(PostgresServer server)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_change_that_commits_after_a_later_one_is_still_found(bool rebuildMeanwhile)
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var app = await PortalApp.CreateAsync(server);
        var index = app.Services.GetRequiredService<SearchIndex>();

        // A: a long import's transaction, which has written its content and its task, and holds.
        using var scope = app.Services.CreateScope();
        var slow = scope.ServiceProvider.GetRequiredService<ContentOperations>();
        await using var held = await slow.Db.Database.BeginTransactionAsync(cancellation);
        var item = slow.Create("pangolin-slow", "en", ContentTypes.Cluster, ownerId: null,
            new ContentDraft("pangolin-slow", "Pangolin terraces", null, "Terraces of the slow import.", "{}", new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
        slow.Publish(item, item.Versions.Single());
        await slow.SaveAsync(cancellation);

        // B: a publish that starts later and commits first; the index reads past A's task id.
        app.WriteContent("clusters/pangolin-quick.md", ContentFile.Cluster("Pangolin quick"));
        await app.ImportAsync();
        Assert.Equal(["pangolin-quick"], Ids(await SearchUntilAsync(app, "q=pangolin", r => (int)r["total"]! == 1)));
        if (rebuildMeanwhile)
        {
            await app.Services.GetRequiredService<SearchIndexer>().RebuildAsync(progress: null, cancellation);
        }

        var passed = index.Cursor;

        await held.CommitAsync(cancellation);

        var found = await SearchUntilAsync(app, "q=pangolin", r => (int)r["total"]! == 2);
        Assert.Equal(["pangolin-quick", "pangolin-slow"], Ids(found).Order(StringComparer.Ordinal));
        Assert.True(index.Cursor >= passed);
    }
}
