namespace Portal.Benchmarks.Measure;

/// <summary>The targets of issue 2, set for N = 100,000 files on 2 cores with SQLite.</summary>
public static class Targets
{
    public const int Files = 100_000;
    public const double FirstImportItemsPerSecond = 2_000;
    public const double UnchangedReimportSeconds = 15;
    public const double PeakMemoryMiB = 1024;
    public const double GetItemMedianMilliseconds = 2;
}
