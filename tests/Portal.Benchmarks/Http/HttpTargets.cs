namespace Portal.Benchmarks.Http;

/// <summary>The targets of issues 3 and 13, per page and per site, on 2 cores with 100,000 items on SQLite.</summary>
public static class HttpTargets
{
    public const double CachedRequestsPerSecond = 3_000;
    public const double UncachedRequestsPerSecond = 800;

    /// <summary>The cluster space, the heaviest page (its case studies, events, news and related items), has half the rate to reach.</summary>
    public const double UncachedClusterRequestsPerSecond = 400;
    public const double CachedP99Milliseconds = 25;
    public const double CachedToStaticRatio = 0.5;
    public const double PeakMemoryMiB = 1024;
    public const double StartUpSeconds = 10;
    public const double VisibleSeconds = 1;
}
