using Portal.Benchmarks.Api;
using Portal.Benchmarks.Hosting;
using Portal.Benchmarks.Measure;

namespace Portal.Benchmarks.Reindex;

/// <summary>
/// The <c>reindex</c> verb as a child process over an imported database, timed from start to exit,
/// with its phases and the size of the index it leaves. The scenarios that need a fresh index run it first.
/// </summary>
public sealed class ReindexRun(BenchmarkPaths paths, ResultLog results)
{
    public const double TargetItemsPerSecond = 3_000;

    public async Task<bool> RunAsync(string scenario, PortalEnvironment environment, string logPath, CancellationToken cancellationToken)
    {
        var database = Path.Combine(environment.DataPath, "portal.db");
        Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] reindex (log {logPath}, load average {MachineInfo.LoadAverage()})");
        using var reindex = PortalProcess.Start(paths, environment, ["reindex"], logPath);
        using var processor = new CpuMonitor(reindex.Id);
        if (await reindex.WaitForExitAsync(cancellationToken) != 0)
        {
            Console.Error.WriteLine($"reindex failed; see {logPath}");
            return false;
        }

        var wall = reindex.WallTime;
        var indexed = PublishedIds.CountPublishedAll(database);
        var rate = indexed / wall.TotalSeconds;
        var atScale = PublishedIds.CountItems(database) >= Targets.Files;
        Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] reindex: {indexed:N0} items in {wall.TotalSeconds:F1} s, load average {MachineInfo.LoadAverage()}");
        results.Add(new Figure(scenario, "reindex wall (search index from the database, process included)", wall.TotalSeconds, "s"));
        results.Add(new Figure(scenario, "reindex rate", rate, "items/s", $">= {TargetItemsPerSecond:N0}{(atScale ? "" : " (at N=100,000)")}", atScale ? rate >= TargetItemsPerSecond : null));
        if (ReindexPhases.From(reindex.Lines, wall) is { } phases)
        {
            results.Add(new Figure(scenario, "reindex start-up before the first batch", phases.StartUp.TotalSeconds, "s"));
            results.Add(new Figure(scenario, "reindex batches alone, rate", phases.BatchRate, "items/s"));
            results.Add(new Figure(scenario, "reindex after the last batch (commit, merges, exit)", phases.Finish.TotalSeconds, "s"));
        }

        if (processor.Used.TotalSeconds is var seconds and > 0)
        {
            // What two cores of its own would give, had the work the same processor time: the load of others taken out.
            results.Add(new Figure(scenario, "reindex processor time (user + system, last reading before exit)", seconds, "s"));
            results.Add(new Figure(scenario, "reindex rate bound on 2 idle cores: items / (processor time / 2)", indexed / (seconds / 2), "items/s"));
        }

        results.Add(new Figure(scenario, "reindex peak memory", reindex.PeakMemoryBytes / 1024.0 / 1024.0, "MiB"));
        results.Add(new Figure(scenario, "search index size on disk", IndexSizeMiB(environment.DataPath), "MiB"));
        return true;
    }

    private static double IndexSizeMiB(string dataPath) =>
        new DirectoryInfo(Path.Combine(dataPath, "search-index")).EnumerateFiles().Sum(f => f.Length) / 1024.0 / 1024.0;
}
