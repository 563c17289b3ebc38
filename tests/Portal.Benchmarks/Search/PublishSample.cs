using Portal.Benchmarks.Measure;

namespace Portal.Benchmarks.Search;

/// <summary>
/// The tries of publish to searchable: for each, the seconds from the import's commit to the first
/// search that found the new word (NaN when it was not found within the time limit), and the import
/// verb's own wall time, process start included.
/// </summary>
public sealed record PublishSample(IReadOnlyList<double> Seconds, IReadOnlyList<double> ImportSeconds, int Failures)
{
    public LatencyStats Stats => LatencyStats.Of([.. Seconds.Where(double.IsFinite)]);
}
