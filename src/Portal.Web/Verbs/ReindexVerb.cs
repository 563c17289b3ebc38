using Portal.Search.Queue;
using Portal.Web.Storage;

namespace Portal.Web.Verbs;

/// <summary><c>reindex</c>: rebuilds the search index from the database, with progress shown.</summary>
public sealed class ReindexVerb : IVerb
{
    public async Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        using var progress = new ProgressLine(services.GetRequiredService<ILogger<ReindexVerb>>(), "items");
        var count = await services.GetRequiredService<SearchIndexer>().RebuildAsync(progress, cancellationToken);
        progress.Finish();
        await Console.Out.WriteLineAsync($"Search index rebuilt: {count} items.");
        return 0;
    }
}
