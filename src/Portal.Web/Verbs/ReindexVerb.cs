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
        int count;
        try
        {
            count = await services.GetRequiredService<SearchIndexer>().RebuildAsync(progress, cancellationToken);
        }
        catch (Exception e) when (e is not (OperationCanceledException or Lucene.Net.Store.LockObtainFailedException))
        {
            progress.Finish();
            await Console.Error.WriteLineAsync($"The search index could not be rebuilt, and is left as it was: {e.Message}");
            return 1;
        }

        progress.Finish();
        await Console.Out.WriteLineAsync($"Search index rebuilt: {count} items.");
        return 0;
    }
}
