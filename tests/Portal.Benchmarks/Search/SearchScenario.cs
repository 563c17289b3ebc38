using Portal.Benchmarks.Api;
using Portal.Benchmarks.Cli;
using Portal.Benchmarks.Hosting;
using Portal.Benchmarks.Measure;
using Portal.Benchmarks.Reindex;

namespace Portal.Benchmarks.Search;

/// <summary>
/// The search scenario over the data of an import: the same query set timed in-process (the site's
/// own search code on the index), against a SQLite FTS5 table of the same items, and over HTTP
/// (<c>/api/search</c>, the real site as a child process, one client); then publish to searchable
/// with the site running. The index is rebuilt first when the data folder has none.
/// </summary>
public sealed class SearchScenario(BenchmarkPaths paths, ResultLog results)
{
    public const string Name = "search";

    public async Task<bool> RunAsync(SearchSettings settings, ApiSettings api, string dataPath, string contentPath, string logFolder, CancellationToken cancellationToken)
    {
        var database = Path.Combine(dataPath, "portal.db");
        if (!File.Exists(database))
        {
            throw new UsageException($"{database} does not exist: name the data folder of an import with --data, or a --work folder");
        }

        results.Files = PublishedIds.CountItems(database);
        Console.WriteLine($"machine: {MachineInfo.Describe()}");
        var environment = new PortalEnvironment(dataPath, contentPath, paths.SeedsPath);
        if (!Directory.Exists(Path.Combine(dataPath, "search-index"))
            && !await new ReindexRun(paths, results).RunAsync(Name, environment, Path.Combine(logFolder, "5-search-reindex.log"), cancellationToken))
        {
            return false;
        }

        var now = DateTime.UtcNow;
        var corpus = CorpusReader.Read(database, now);
        var queries = QuerySetBuilder.Draw(corpus, settings.Queries, api.Seed);
        var warmUp = QuerySetBuilder.Draw(corpus, api.WarmUp, api.Seed + 1);
        Console.WriteLine($"{results.Files:N0} items, {corpus.Count:N0} public now; {queries.Count:N0} queries (seed {api.Seed}), e.g. {string.Join(" | ", queries.Take(6))}");
        var report = new SearchReport(Name, results, results.Files >= Targets.Files);
        report.QuerySet(corpus.Count, queries);

        Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] in-process: {warmUp.Count} warm-up, {queries.Count} measured (load average {MachineInfo.LoadAverage()})");
        using (var inProcess = new InProcessSearch(dataPath, contentPath, paths.SeedsPath))
        {
            if (inProcess.Documents == 0)
            {
                // An index of an older layout is emptied when it opens and rebuilt by the site, which this host does not start.
                Console.Error.WriteLine($"the search index in {dataPath} is empty (written for an older layout?): delete {Path.Combine(dataPath, "search-index")} and run again, which reindexes first");
                return false;
            }

            QuerySample.TimeInterleaved(warmUp, inProcess.Run, inProcess.Bare.Run);
            var (ours, bare) = QuerySample.TimeInterleaved(queries, inProcess.Run, inProcess.Bare.Run);
            report.InProcess(inProcess.Documents, ours);
            report.Bare(bare);
            PrintSlowest(queries, ours, bare);
        }

        if (settings.InProcessOnly)
        {
            results.PrintTable(Name);
            return true;
        }

        var ftsPath = Path.Combine(Path.GetDirectoryName(dataPath)!, "fts5.db");
        Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] FTS5 table {ftsPath} (load average {MachineInfo.LoadAverage()})");
        var built = Fts5Table.Ensure(ftsPath, database, corpus.Count, now);
        using (var fts = new Fts5Search(ftsPath))
        {
            QuerySample.Time(warmUp, fts.Run);
            report.Fts5(built, Fts5Table.Rows(ftsPath), QuerySample.Time(queries, fts.Run));
        }

        return await OverHttpAsync(settings, api, environment, queries, warmUp, report, logFolder, cancellationToken);
    }

    /// <summary>The tail is where the ratio is lost: the slowest queries, with bare Lucene's time for the same words.</summary>
    private static void PrintSlowest(IReadOnlyList<BenchmarkQuery> queries, QuerySample ours, QuerySample bare)
    {
        Console.WriteLine("slowest in-process queries (ours / bare Lucene, ms):");
        foreach (var i in Enumerable.Range(0, queries.Count).OrderByDescending(i => ours.Latencies[i]).Take(8))
        {
            Console.WriteLine($"  {ours.Latencies[i],7:F2} / {bare.Latencies[i],5:F2}  {queries[i]}");
        }
    }

    private async Task<bool> OverHttpAsync(SearchSettings settings, ApiSettings api, PortalEnvironment environment, IReadOnlyList<BenchmarkQuery> queries,
        IReadOnlyList<BenchmarkQuery> warmUp, SearchReport report, string logFolder, CancellationToken cancellationToken)
    {
        var url = $"http://127.0.0.1:{FreePort.Next()}";
        var logPath = Path.Combine(logFolder, "5-search-site.log");
        Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] starting the site on {url} (log {logPath}, load average {MachineInfo.LoadAverage()})");
        using var site = PortalProcess.Start(paths, environment, ["--urls", url], logPath);
        using var client = new HttpClient { BaseAddress = new Uri(url), Timeout = Timeout.InfiniteTimeSpan };
        if (await ApiScenario.WaitUntilHealthyAsync(site, client, cancellationToken) is null)
        {
            Console.Error.WriteLine($"the site did not answer /health; see {logPath}");
            return false;
        }

        try
        {
            var series = new RequestSeries(client, site, api.Limit);
            Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] GET /api/search: {warmUp.Count} warm-up, {queries.Count} measured");
            await series.RunAsync([.. warmUp.Select(q => q.ApiUrl)], cancellationToken);
            var http = await series.RunAsync([.. queries.Select(q => q.ApiUrl)], cancellationToken);
            Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] publish to searchable: {settings.PublishTries} tries (load average {MachineInfo.LoadAverage()})");
            var publish = await new PublishProbe(paths, environment, client, logFolder).RunAsync(settings.PublishTries, api.Seed, cancellationToken);
            report.Http(http, publish, site.PeakMemoryBytes / 1024.0 / 1024.0);
            if (http.FirstFailure is { } failure)
            {
                Console.Error.WriteLine($"first failure: {failure}");
            }

            return http.Failures == 0 && !http.TimedOut && publish.Failures == 0;
        }
        catch (SiteExitedException e)
        {
            Console.Error.WriteLine($"{e.Message}; see {logPath}");
            return false;
        }
    }
}
