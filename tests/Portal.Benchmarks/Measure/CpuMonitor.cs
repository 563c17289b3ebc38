namespace Portal.Benchmarks.Measure;

/// <summary>
/// Polls a child process's CPU time every 50 ms and keeps the last value seen (its /proc entry goes
/// with it). CPU time is what a shared machine's load changes least: a pass's CPU seconds per digest
/// say what it costs whatever else runs.
/// </summary>
public sealed class CpuMonitor : IDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task polling;
    private long ticks;

    public CpuMonitor(int processId) => polling = Task.Run(() => PollAsync(processId, stop.Token));

    public TimeSpan Used => TimeSpan.FromTicks(Interlocked.Read(ref ticks));

    public void Dispose()
    {
        stop.Cancel();
        polling.Wait(TimeSpan.FromSeconds(1));
        stop.Dispose();
    }

    private async Task PollAsync(int processId, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        try
        {
            do
            {
                if (ProcessorTime.Seconds(processId) is { } seconds and > 0)
                {
                    Interlocked.Exchange(ref ticks, TimeSpan.FromSeconds(seconds).Ticks);
                }
            }
            while (await timer.WaitForNextTickAsync(cancellationToken));
        }
        catch (OperationCanceledException)
        {
            // Asked to stop: the last value seen stands.
        }
    }
}
