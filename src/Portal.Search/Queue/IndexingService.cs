using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Search.Indexing;

namespace Portal.Search.Queue;

/// <summary>
/// Rebuilds a missing or unreadable index on start, then follows the queue: woken at once when
/// content is saved in this process, and four times a second anyway: another process (an import,
/// another web server) writes the same queue, and its changes too must be searchable within a second.
/// </summary>
public sealed class IndexingService(SearchIndex index, SearchIndexer indexer, IndexingSignal signal, ILogger<IndexingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (index.IsNew)
                {
                    await indexer.RebuildAsync(progress: null, stoppingToken);
                }

                await indexer.CatchUpAsync(stoppingToken);
                await signal.WaitAsync(TimeSpan.FromMilliseconds(250), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Indexing failed; retrying in 5 seconds");
                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
            }
        }
    }
}
