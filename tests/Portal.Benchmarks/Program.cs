using System.Globalization;
using Portal.Benchmarks;
using Portal.Benchmarks.Admin;
using Portal.Benchmarks.Api;
using Portal.Benchmarks.Cli;
using Portal.Benchmarks.Digests;
using Portal.Benchmarks.Generate;
using Portal.Benchmarks.Hosting;
using Portal.Benchmarks.Http;
using Portal.Benchmarks.Import;
using Portal.Benchmarks.Measure;
using Portal.Benchmarks.Relevance;
using Portal.Benchmarks.Search;
using Portal.Benchmarks.Snippets;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

try
{
    var line = CommandLine.Parse(args);
    var paths = BenchmarkPaths.Find(line.Text("web"));
    if (line.Scenario == "generate")
    {
        return new GenerateScenario(paths).Run(line);
    }

    var import = ImportSettings.Read(line);
    var api = ApiSettings.Read(line);
    var http = HttpSettings.Read(line);
    var admin = AdminSettings.Read(line);
    var search = SearchSettings.Read(line);
    var digests = DigestsSettings.Read(line);
    var relevance = RelevanceSettings.Read(line);
    var snippets = SnippetsSettings.Read(line);
    var scenarios = new ScenarioRunner(paths, new ResultLog(line.Text("out") is { } output ? Path.GetFullPath(output) : null, import.Files));
    line.EnsureAllRead(maxPositionals: line.Scenario is "api" or "http" or "admin" or "digests" or "relevance" or "snippets" ? 0 : 1);
    return line.Scenario switch
    {
        "import" => await scenarios.ImportAsync(import, cancel.Token),
        "api" => await scenarios.ApiAsync(api, cancel.Token),
        "all" => await scenarios.AllAsync(import, api, cancel.Token),
        "http" => await scenarios.HttpAsync(http, cancel.Token),
        "admin" => await scenarios.AdminAsync(admin, cancel.Token),
        "search" => await scenarios.SearchAsync(import, api, search, cancel.Token),
        "reindex" => await scenarios.ReindexAsync(import, api, cancel.Token),
        "digests" => await scenarios.DigestsAsync(digests, cancel.Token),
        "relevance" => await scenarios.RelevanceAsync(relevance, import, cancel.Token),
        "snippets" => scenarios.Snippets(snippets),
        _ => throw new UsageException($"'{line.Scenario}' is not a scenario"),
    };
}
catch (UsageException e)
{
    await Console.Error.WriteLineAsync($"{e.Message}\n{Usage.Text}");
    return 2;
}
catch (OperationCanceledException)
{
    await Console.Error.WriteLineAsync("cancelled");
    return 1;
}
