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
        ArgumentNullException.ThrowIfNull(queries);
        var (latencies, withHits) = (new List<double>(), 0);
        foreach (var query in queries)
        {
            withHits += Once(query, search, latencies);
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
        var (firstLatencies, secondLatencies, firstHits, secondHits) = (new List<double>(), new List<double>(), 0, 0);
        foreach (var query in queries)
        {
            firstHits += Once(query, first, firstLatencies);
            secondHits += Once(query, second, secondLatencies);
        }

        return (new QuerySample(firstLatencies, firstHits), new QuerySample(secondLatencies, secondHits));
    }

    /// <returns>1 when the query found something, else 0; its latency is added to <paramref name="latencies"/>.</returns>
    private static int Once(BenchmarkQuery query, Func<BenchmarkQuery, int> search, List<double> latencies)
    {
        var start = Stopwatch.GetTimestamp();
        var found = search(query);
        latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        return found > 0 ? 1 : 0;
    }
}
