namespace Portal.Benchmarks.Measure;

/// <summary>
/// Summary of a set of latencies in milliseconds. Percentiles interpolate linearly between the two
/// nearest ranks (the usual "type 7" definition), so the median of an even count is the mean of the middle two.
/// </summary>
public sealed record LatencyStats(int Count, double Min, double Median, double P90, double P99, double Max, double Mean)
{
    public static LatencyStats Of(IReadOnlyCollection<double> samples)
    {
        if (samples.Count == 0)
        {
            return new LatencyStats(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        var sorted = samples.Order().ToArray();
        return new LatencyStats(sorted.Length, sorted[0], Percentile(sorted, 0.5), Percentile(sorted, 0.9), Percentile(sorted, 0.99), sorted[^1], sorted.Average());
    }

    public static double Percentile(double[] sorted, double fraction)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        var rank = fraction * (sorted.Length - 1);
        var low = (int)Math.Floor(rank);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + ((rank - low) * (sorted[high] - sorted[low]));
    }

    public override string ToString() =>
        $"n={Count}, median {Median:F2} ms, p90 {P90:F2} ms, p99 {P99:F2} ms, min {Min:F2} ms, max {Max:F2} ms";
}
