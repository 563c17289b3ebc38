namespace Portal.Search.Queue;

/// <summary>Wakes the indexer as soon as content was saved, instead of at its next poll.</summary>
public sealed class IndexingSignal : IDisposable
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public void Raise()
    {
        if (signal.CurrentCount == 0)
        {
            try
            {
                signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already raised: one wake-up is enough.
            }
        }
    }

    public void Dispose() => signal.Dispose();

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => signal.WaitAsync(timeout, cancellationToken);
}
