using System.Diagnostics;
using Portal.Benchmarks.Measure;

namespace Portal.Benchmarks.Search;

/// <summary>The queries of one way of searching, one after the other: each one's latency in ms, and how many found something.</summary>
public sealed record QuerySample(IReadOnlyList<double> Latencies, int WithHits)
{
    public LatencyStats Stats => LatencyStats.Of([.. Latencies]);

    /// <param name="search">Runs one query and returns how many items it found.</param>
    public static QuerySample Time(IEnumerable<BenchmarkQuery> queries, Func<BenchmarkQuery, int> search)
    {
        ArgumentNullException.ThrowIfNull(search);
        var latencies = new List<double>();
        var withHits = 0;
        foreach (var query in queries)
        {
            var start = Stopwatch.GetTimestamp();
            var found = search(query);
            latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            withHits += found > 0 ? 1 : 0;
        }

        return new QuerySample(latencies, withHits);
    }

    /// <summary>
    /// Two ways of searching over the same queries, each query by one and then the other, so that a
    /// change in the machine's load falls on both alike: the fair ground for their ratio.
    /// </summary>
    public static (QuerySample First, QuerySample Second) TimeInterleaved(IReadOnlyList<BenchmarkQuery> queries, Func<BenchmarkQuery, int> first, Func<BenchmarkQuery, int> second)
    {
        ArgumentNullException.ThrowIfNull(queries);
        var (a, b) = (new List<QuerySample>(), new List<QuerySample>());
        foreach (var query in queries)
        {
            a.Add(Time([query], first));
            b.Add(Time([query], second));
        }

        return (Joined(a), Joined(b));
    }

    private static QuerySample Joined(List<QuerySample> samples) =>
        new([.. samples.SelectMany(s => s.Latencies)], samples.Sum(s => s.WithHits));
}
