using Portal.Benchmarks.Hosting;
using Portal.Benchmarks.Measure;

namespace Portal.Benchmarks.Reindex;

/// <summary>The <c>reindex</c> scenario: the verb over the database of an earlier import, nothing else.</summary>
public sealed class ReindexScenario(BenchmarkPaths paths, ResultLog results)
{
    public const string Name = "reindex";

    public async Task<bool> RunAsync(string dataPath, string contentPath, string logFolder, CancellationToken cancellationToken)
    {
        Console.WriteLine($"machine: {MachineInfo.Describe()}");
        results.Files = Api.PublishedIds.CountItems(Path.Combine(dataPath, "portal.db"));
        var environment = new PortalEnvironment(dataPath, contentPath, paths.SeedsPath);
        var succeeded = await new ReindexRun(paths, results).RunAsync(Name, environment, Path.Combine(logFolder, "5-reindex.log"), cancellationToken);
        results.PrintTable(Name);
        return succeeded;
    }
}
