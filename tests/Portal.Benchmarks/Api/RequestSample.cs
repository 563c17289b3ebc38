namespace Portal.Benchmarks.Api;

/// <summary>
/// The requests of one kind, one after the other: each one's latency in ms, the answers that were
/// not 200, the bytes read, and whether the series stopped early because a request or the whole
/// series ran out of its time limit.
/// </summary>
public sealed record RequestSample(int Planned, IReadOnlyList<double> Latencies, int Failures, long Bytes, TimeSpan Wall, string? FirstFailure, bool TimedOut)
{
    public double RequestsPerSecond => Latencies.Count / Wall.TotalSeconds;

    public double MeanKiB => Latencies.Count == 0 ? 0 : Bytes / 1024.0 / Latencies.Count;
}
