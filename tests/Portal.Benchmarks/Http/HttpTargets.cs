namespace Portal.Benchmarks.Http;

/// <summary>The targets of issue 3, per page, on 2 cores with 100,000 items on SQLite.</summary>
public static class HttpTargets
{
    public const double CachedRequestsPerSecond = 3_000;
    public const double UncachedRequestsPerSecond = 800;
    public const double CachedP99Milliseconds = 25;
    public const double CachedToStaticRatio = 0.5;
}
