using Portal.Benchmarks.Api;
using Portal.Benchmarks.Hosting;
using Portal.Benchmarks.Http;
using Portal.Benchmarks.Import;
using Portal.Benchmarks.Measure;
using Portal.Benchmarks.Reindex;
using Portal.Benchmarks.Relevance;
using Portal.Benchmarks.Search;
using Portal.Benchmarks.Snippets;

namespace Portal.Benchmarks;

/// <summary>
/// The scenarios that run the portal (<c>import</c>, <c>api</c>, <c>all</c>, <c>http</c>, <c>admin</c>, <c>search</c>, <c>reindex</c>, <c>digests</c>, <c>relevance</c>, <c>snippets</c>) with their work folder:
/// created for the run, deleted at its end unless <c>--keep</c> (a folder the user named is never deleted).
/// </summary>
public sealed class ScenarioRunner(BenchmarkPaths paths, ResultLog results)
{
    public async Task<int> ImportAsync(ImportSettings settings, CancellationToken cancellationToken)
    {
        var outcome = await new ImportScenario(paths, results).RunAsync(settings, cancellationToken);
        Finish(outcome, settings);
        return outcome.Succeeded ? 0 : 1;
    }

    public async Task<int> ApiAsync(ApiSettings settings, CancellationToken cancellationToken)
    {
        var data = settings.DataPath ?? throw new Cli.UsageException("api needs --data FOLDER, the data folder of an import (or run 'all')");
        var content = settings.ContentPath ?? Path.Combine(Path.GetDirectoryName(data)!, "content");
        var logs = Path.Combine(Path.GetDirectoryName(data)!, "logs");
        return await new ApiScenario(paths, results).RunAsync(settings, data, content, logs, cancellationToken) ? 0 : 1;
    }

    /// <summary>The public site under wrk, on the data folder of an earlier import; content and logs are its siblings.</summary>
    public async Task<int> HttpAsync(HttpSettings settings, CancellationToken cancellationToken)
    {
        var data = settings.DataPath ?? throw new Cli.UsageException("http needs --data FOLDER (the data folder of an import) or --work FOLDER (its work folder)");
        var work = Path.GetDirectoryName(data)!;
        return await new HttpScenario(paths, results).RunAsync(settings, data, settings.ContentPath ?? Path.Combine(work, "content"), work, cancellationToken) ? 0 : 1;
    }

    public async Task<int> AdminAsync(Admin.AdminSettings settings, CancellationToken cancellationToken)
    {
        var data = settings.DataPath ?? throw new Cli.UsageException("admin needs --data FOLDER, the data folder of an import");
        var content = settings.ContentPath ?? Path.Combine(Path.GetDirectoryName(data)!, "content");
        var logs = Path.Combine(Path.GetDirectoryName(data)!, "logs");
        return await new Admin.AdminScenario(paths, results).RunAsync(settings, data, content, logs, cancellationToken) ? 0 : 1;
    }

    /// <summary>Digest passes on a work folder of their own: the scenario imports the sample content itself.</summary>
    public Task<int> DigestsAsync(Digests.DigestsSettings settings, CancellationToken cancellationToken) =>
        new Digests.DigestsScenario(paths, results).RunAsync(settings, cancellationToken);

    /// <summary>Search quality on XQuAD, on a work folder of its own.</summary>
    public async Task<int> RelevanceAsync(RelevanceSettings settings, ImportSettings import, CancellationToken cancellationToken)
    {
        var succeeded = await new RelevanceScenario(paths, results).RunAsync(settings, import, cancellationToken);
        Console.WriteLine($"\nload average at the end: {MachineInfo.LoadAverage()}");
        return succeeded ? 0 : 1;
    }

    /// <summary>Snippets against Lucene.Net's highlighters, in this process: no site, no work folder.</summary>
    public int Snippets(SnippetsSettings settings) => new SnippetScenario(paths, results).Run(settings);

    public async Task<int> AllAsync(ImportSettings import, ApiSettings api, CancellationToken cancellationToken)
    {
        var outcome = await new ImportScenario(paths, results).RunAsync(import, cancellationToken);
        var apiSucceeded = outcome.Succeeded
            && await new ApiScenario(paths, results).RunAsync(api, outcome.DataPath, outcome.ContentPath, Path.Combine(outcome.WorkFolder, "logs"), cancellationToken);
        if (outcome.Succeeded)
        {
            Console.WriteLine("\nall figures:");
            results.PrintTable(ImportScenario.Name);
            results.PrintTable(ApiScenario.Name);
        }

        Finish(outcome, import);
        return outcome.Succeeded && apiSucceeded ? 0 : 1;
    }

    public async Task<int> SearchAsync(ImportSettings import, ApiSettings api, SearchSettings search, CancellationToken cancellationToken) =>
        await OnImportedDataAsync(import, api, (data, content, logs) =>
            new SearchScenario(paths, results).RunAsync(search, api, data, content, logs, cancellationToken), cancellationToken);

    public async Task<int> ReindexAsync(ImportSettings import, ApiSettings api, CancellationToken cancellationToken) =>
        await OnImportedDataAsync(import, api, (data, content, logs) =>
            new ReindexScenario(paths, results).RunAsync(data, content, logs, cancellationToken), cancellationToken);

    /// <summary>
    /// Runs a scenario on imported data: the data folder named by <c>--data</c>, else that of the
    /// <c>--work</c> folder of an earlier import, else the data of an import run first (as <c>import</c> does).
    /// </summary>
    private async Task<int> OnImportedDataAsync(ImportSettings import, ApiSettings api, Func<string, string, string, Task<bool>> scenario, CancellationToken cancellationToken)
    {
        var data = api.DataPath ?? (import.WorkFolder is { } work && File.Exists(Path.Combine(work, "data", "portal.db")) ? Path.Combine(work, "data") : null);
        if (data is not null)
        {
            var folder = Path.GetDirectoryName(data)!;
            var succeeded = await scenario(data, api.ContentPath ?? import.Folder ?? Path.Combine(folder, "content"), Path.Combine(folder, "logs"));
            Console.WriteLine($"\nload average at the end: {MachineInfo.LoadAverage()}");
            return succeeded ? 0 : 1;
        }

        var outcome = await new ImportScenario(paths, results).RunAsync(import, cancellationToken);
        var scenarioSucceeded = outcome.Succeeded && await scenario(outcome.DataPath, outcome.ContentPath, Path.Combine(outcome.WorkFolder, "logs"));
        Finish(outcome, import);
        return outcome.Succeeded && scenarioSucceeded ? 0 : 1;
    }

    private static void Finish(ImportOutcome outcome, ImportSettings settings)
    {
        Console.WriteLine($"\nload average at the end: {MachineInfo.LoadAverage()}");
        if (settings.Keep || settings.WorkFolder is not null)
        {
            Console.WriteLine($"kept {outcome.WorkFolder} (data: {outcome.DataPath}, logs: {Path.Combine(outcome.WorkFolder, "logs")})");
            Console.WriteLine($"run the API scenario on it: dotnet run -c Release --project tests/Portal.Benchmarks -- api --data {outcome.DataPath} --folder {outcome.ContentPath}");
            return;
        }

        Directory.Delete(outcome.WorkFolder, recursive: true);
        Console.WriteLine($"deleted {outcome.WorkFolder} (keep it with --keep)");
    }
}
