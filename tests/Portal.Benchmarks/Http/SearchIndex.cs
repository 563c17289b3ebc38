using Portal.Benchmarks.Hosting;

namespace Portal.Benchmarks.Http;

/// <summary>
/// A site over a data folder without a search index builds one in the background; the scenario
/// builds it first with the <c>reindex</c> verb, so that the indexing does not run while pages are measured.
/// </summary>
public static class SearchIndex
{
    public static async Task<bool> EnsureAsync(BenchmarkPaths paths, PortalEnvironment environment, string logPath, CancellationToken cancellationToken)
    {
        var index = Path.Combine(environment.DataPath, "search-index");
        if (Directory.Exists(index) && Directory.EnumerateFiles(index, "segments_*").Any())
        {
            return true;
        }

        Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] reindex, as {index} holds no index yet (log {logPath})");
        using var reindex = PortalProcess.Start(paths, environment, ["reindex"], logPath);
        if (await reindex.WaitForExitAsync(cancellationToken) == 0)
        {
            return true;
        }

        await Console.Error.WriteLineAsync($"reindex failed; see {logPath}");
        return false;
    }
}
