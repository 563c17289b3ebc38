namespace Portal.Benchmarks.Search;

/// <summary>The targets of issues 4 and 12 for searches over N = 100,000 items on 2 cores.</summary>
public static class SearchTargets
{
    public const double InProcessMedianMilliseconds = 2;
    public const double InProcessP99Milliseconds = 10;
    public const double HttpMedianMilliseconds = 4;
    public const double HttpP99Milliseconds = 15;
    public const double PublishToSearchableSeconds = 1;

    /// <summary>Issue 12: the portal's search with facets and snippets at most this many times bare Lucene's, at p50 and at p99.</summary>
    public const double BareRatio = 2.0;
}
