using Portal.Benchmarks.Hosting;

namespace Portal.Benchmarks.Import;

/// <summary>Runs one verb of the real program (<c>dotnet Portal.Web.dll import</c>, or <c>migrate</c>) to its end and measures it.</summary>
public sealed class ImportRunner(BenchmarkPaths paths, string logFolder)
{
    public async Task<ImportRunResult> RunAsync(string label, PortalEnvironment environment, string verb, CancellationToken cancellationToken)
    {
        var logPath = Path.Combine(logFolder, $"{label}.log");
        Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {label}: {verb} (log {logPath}, load average {Measure.MachineInfo.LoadAverage()})");
        using var child = PortalProcess.Start(paths, environment, [verb], logPath);
        var exitCode = await child.WaitForExitAsync(cancellationToken);
        var wall = child.WallTime;
        var lines = child.Lines;
        var result = new ImportRunResult(
            label,
            wall,
            exitCode,
            child.PeakMemoryBytes,
            ImportCounts.Parse(lines.Where(l => !l.IsError).Select(l => l.Text)),
            ImportPhases.From(lines, wall),
            [.. lines.Where(l => l.IsError)],
            logPath);
        Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {label}: exit {exitCode} after {wall.TotalSeconds:F2} s, peak memory {result.PeakMemoryMiB:F0} MiB, {result.Counts?.ToString() ?? "no summary line"}");
        return result;
    }
}
