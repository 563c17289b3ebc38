using Portal.Benchmarks.Api;
using Portal.Benchmarks.Measure;

namespace Portal.Benchmarks.Search;

/// <summary>The search scenario's figures as they come, each held against its target when the corpus is at scale (N = 100,000).</summary>
public sealed class SearchReport(string scenario, ResultLog results, bool atScale)
{
    private LatencyStats? ours;

    public void QuerySet(int publicItems, IReadOnlyList<BenchmarkQuery> queries)
    {
        ArgumentNullException.ThrowIfNull(queries);
        Add("public items (what a search can find)", publicItems, "count");
        Add("queries", queries.Count, "count");
        Add("queries that are a quoted phrase", queries.Count(q => q.IsPhrase), "count");
        Add("queries with a facet filter", queries.Count(q => q.Facet is not null), "count");
    }

    public void InProcess(int documents, QuerySample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ours = sample.Stats;
        Add("documents in the index", documents, "count");
        Latencies("in-process search with facets", ours, SearchTargets.InProcessMedianMilliseconds, SearchTargets.InProcessP99Milliseconds);
        Add("in-process queries that found something", sample.WithHits, "count");
    }

    /// <summary>Lucene alone, timed query by query beside ours: the ratio is what the portal's search costs above the limit.</summary>
    public void Bare(QuerySample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var bare = sample.Stats;
        Latencies("bare Lucene top 10, SHOULD terms on the culture's body, no facets", bare, null, null);
        Add("bare Lucene queries that found something", sample.WithHits, "count");
        if (ours is not null)
        {
            Add("ratio ours/bare Lucene, p50", ours.Median / bare.Median, "x", $"<= {SearchTargets.BareRatio}", ours.Median / bare.Median <= SearchTargets.BareRatio);
            Add("ratio ours/bare Lucene, p99", ours.P99 / bare.P99, "x", $"<= {SearchTargets.BareRatio}", ours.P99 / bare.P99 <= SearchTargets.BareRatio);
        }
    }

    public void Fts5(TimeSpan? built, long rows, QuerySample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        if (built is { } time)
        {
            Add("FTS5 table built (read, Markdown to text, insert, optimize)", time.TotalSeconds, "s");
        }

        Add("FTS5 rows (the items public when it was built)", rows, "count");
        var fts = sample.Stats;
        Latencies("FTS5 bm25 top 10, no facets", fts, null, null);
        Add("FTS5 queries that found something", sample.WithHits, "count");
        if (ours is not null)
        {
            Add("ratio ours/FTS5, p50", ours.Median / fts.Median, "x", "< 1", ours.Median < fts.Median);
            Add("ratio ours/FTS5, p99", ours.P99 / fts.P99, "x", "< 1", ours.P99 < fts.P99);
        }
    }

    public void Http(RequestSample http, PublishSample publish, double sitePeakMiB)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(publish);
        Latencies("GET /api/search", LatencyStats.Of([.. http.Latencies]), SearchTargets.HttpMedianMilliseconds, SearchTargets.HttpP99Milliseconds);
        Add("GET /api/search answers not 200", http.Failures, "count");
        var stats = publish.Stats;
        Add($"publish to searchable, median of {publish.Seconds.Count}", stats.Median, "s", $"< {SearchTargets.PublishToSearchableSeconds} s", stats.Median < SearchTargets.PublishToSearchableSeconds);
        Add("publish to searchable, p90", stats.P90, "s");
        Add("publish to searchable, max", stats.Max, "s");
        Add("publish tries not found in time or failed", publish.Failures, "count");
        Add("import verb for one file, median (process included)", LatencyStats.Of([.. publish.ImportSeconds]).Median, "s");
        Add("site peak memory", sitePeakMiB, "MiB");
        results.PrintTable(scenario);
    }

    private void Latencies(string what, LatencyStats stats, double? median, double? p99)
    {
        Console.WriteLine($"{what}: {stats}");
        Add($"{what}, p50", stats.Median, "ms", median is null ? null : $"< {median} ms", median is null ? null : stats.Median < median);
        Add($"{what}, p90", stats.P90, "ms");
        Add($"{what}, p99", stats.P99, "ms", p99 is null ? null : $"< {p99} ms", p99 is null ? null : stats.P99 < p99);
        Add($"{what}, max", stats.Max, "ms");
    }

    private void Add(string name, double value, string unit, string? target = null, bool? met = null) =>
        results.Add(new Figure(scenario, name, value, unit, target is null || atScale ? target : $"{target} (at N=100,000)", atScale ? met : null));
}
