using System.Globalization;

namespace Portal.Benchmarks.Hosting;

/// <summary>
/// Polls <c>/proc/PID/status</c> every 50 ms for <c>VmHWM</c>, the process's peak resident set
/// size, and keeps the last value seen: the peak up to the last poll before the process ended.
/// </summary>
public sealed class PeakMemoryMonitor : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);
    private readonly CancellationTokenSource stop = new();
    private readonly Task polling;
    private long peakBytes;

    public PeakMemoryMonitor(int processId)
    {
        var status = $"/proc/{processId}/status";
        polling = Task.Run(() => PollAsync(status, stop.Token));
    }

    /// <summary>The peak resident set size seen so far, in bytes; 0 where /proc is not available.</summary>
    public long PeakBytes => Interlocked.Read(ref peakBytes);

    public void Dispose()
    {
        stop.Cancel();
        polling.Wait(TimeSpan.FromSeconds(1));

        stop.Dispose();
    }

    private async Task PollAsync(string status, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            do
            {
                if (Read(status) is { } bytes)
                {
                    Interlocked.Exchange(ref peakBytes, bytes);
                }
            }
            while (await timer.WaitForNextTickAsync(cancellationToken));
        }
        catch (OperationCanceledException)
        {
            // Asked to stop: the last value seen stands.
        }
    }

    private static long? Read(string status)
    {
        try
        {
            foreach (var line in File.ReadLines(status))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
            // The process has ended between two polls; the last value seen stands.
        }
        catch (UnauthorizedAccessException)
        {
            // Same: the /proc entry is going away.
        }

        return null;
    }
}
