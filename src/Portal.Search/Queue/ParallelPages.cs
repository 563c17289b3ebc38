using System.Collections.Concurrent;

namespace Portal.Search.Queue;

/// <summary>
/// One thread reads pages while one thread per consumer handles them, each page once, with at most two
/// pages waiting. The threads are their own, not the pool's: a Lucene writer keeps one buffer per
/// thread that adds, so steady threads fill few buffers, each flushed as one large segment.
/// </summary>
public static class ParallelPages
{
    /// <param name="consumer">Called once on each consumer thread; returns what handles that thread's pages.</param>
    public static async Task RunAsync<T>(IEnumerable<T[]> pages, int consumers, Func<Action<T[]>> consumer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(consumer);
        using var waiting = new BlockingCollection<T[]>(boundedCapacity: 2);
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task Start(Action work) => Task.Factory.StartNew(
            () =>
            {
                try
                {
                    work();
                }
                catch
                {
                    failed.Cancel();
                    throw;
                }
            },
            failed.Token,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        var reader = Start(() =>
        {
            try
            {
                foreach (var page in pages)
                {
                    waiting.Add(page, failed.Token);
                }
            }
            finally
            {
                waiting.CompleteAdding();
            }
        });
        var handlers = Enumerable.Range(0, consumers).Select(_ => Start(() =>
        {
            var handle = consumer();
            foreach (var page in waiting.GetConsumingEnumerable(failed.Token))
            {
                handle(page);
            }
        }));

        // A failed thread cancels the others, which end as cancelled: its failure is what is thrown.
        await Task.WhenAll([reader, .. handlers]);
    }
}
