using Portal.Benchmarks.Hosting;

namespace Portal.Benchmarks.Import;

/// <summary>One run of the import verb as a child process: its wall time, exit code, peak memory, counts and phases.</summary>
public sealed record ImportRunResult(
    string Label,
    TimeSpan Wall,
    int ExitCode,
    long PeakMemoryBytes,
    ImportCounts? Counts,
    ImportPhases Phases,
    IReadOnlyList<OutputLine> Errors,
    string LogPath)
{
    public double PeakMemoryMiB => PeakMemoryBytes / 1024.0 / 1024.0;
}
