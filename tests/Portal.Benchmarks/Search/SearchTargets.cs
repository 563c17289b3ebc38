namespace Portal.Benchmarks.Search;

/// <summary>The targets of issue 4 for searches over N = 100,000 items on 2 cores.</summary>
public static class SearchTargets
{
    public const double InProcessMedianMilliseconds = 2;
    public const double InProcessP99Milliseconds = 10;
    public const double HttpMedianMilliseconds = 4;
    public const double HttpP99Milliseconds = 15;
    public const double PublishToSearchableSeconds = 1;
}
