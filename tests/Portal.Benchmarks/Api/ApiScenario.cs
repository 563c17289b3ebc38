using System.Net;
using Portal.Benchmarks.Cli;
using Portal.Benchmarks.Hosting;
using Portal.Benchmarks.Measure;
using Portal.Benchmarks.Reindex;
using Portal.Content.Model;

namespace Portal.Benchmarks.Api;

/// <summary>
/// The read API scenario: the real site as a child process on a free loopback port, over imported
/// data; one HttpClient asks, one request at a time, for random published items
/// (<c>GET /api/content/{id}</c>) and random pages of case studies (<c>GET /api/content?type=CaseStudy</c>).
/// </summary>
public sealed class ApiScenario(BenchmarkPaths paths, ResultLog results)
{
    public const string Name = "api";
    private const int PageSize = 20;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    public async Task<bool> RunAsync(ApiSettings settings, string dataPath, string contentPath, string logFolder, CancellationToken cancellationToken)
    {
        var database = Path.Combine(dataPath, "portal.db");
        if (!File.Exists(database))
        {
            throw new UsageException($"{database} does not exist: name the data folder of an import with --data");
        }

        var now = DateTime.UtcNow;
        var items = PublishedIds.CountItems(database);
        results.Files = items;
        var ids = PublishedIds.Read(database, now);
        var pages = Math.Max(1, (int)Math.Ceiling(PublishedIds.CountPublished(database, ContentTypes.CaseStudy, now) / (double)PageSize));
        Console.WriteLine($"machine: {MachineInfo.Describe()}");
        Console.WriteLine($"database: {database}: {items:N0} items, {ids.Count:N0} published ids, {pages:N0} pages of published case studies");
        if (ids.Count == 0)
        {
            Console.Error.WriteLine("there is no published item to ask for");
            return false;
        }

        // The search index is rebuilt first, so that the site does not rebuild it while it is measured.
        var environment = new PortalEnvironment(dataPath, contentPath, paths.SeedsPath);
        if (!await new ReindexRun(paths, results).RunAsync(Name, environment, Path.Combine(logFolder, "4-api-reindex.log"), cancellationToken))
        {
            return false;
        }

        var url = $"http://127.0.0.1:{FreePort.Next()}";
        var logPath = Path.Combine(logFolder, "4-api-site.log");
        Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] starting the site on {url} (log {logPath}, load average {MachineInfo.LoadAverage()})");
        using var site = PortalProcess.Start(paths, environment, ["--urls", url], logPath);
        using var client = new HttpClient { BaseAddress = new Uri(url), Timeout = Timeout.InfiniteTimeSpan };
        if (await WaitUntilHealthyAsync(site, client, cancellationToken) is not { } started)
        {
            Console.Error.WriteLine($"the site did not answer /health; see {logPath}");
            return false;
        }

        var random = new Random(settings.Seed);
        string[] ItemUrls(int count) =>
            [.. Enumerable.Range(0, count).Select(_ => $"/api/content/{Uri.EscapeDataString(ids[random.Next(ids.Count)])}")];
        string[] ListUrls(int count) =>
            [.. Enumerable.Range(0, count).Select(_ => $"/api/content?type=CaseStudy&page={random.Next(1, pages + 1)}&size={PageSize}")];
        var series = new RequestSeries(client, site, settings.Limit);
        try
        {
            Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] GET /api/content/{{id}}: {settings.WarmUp} warm-up, {settings.Requests} measured (each series at most {settings.Limit.TotalSeconds:F0} s)");
            await series.RunAsync(ItemUrls(settings.WarmUp), cancellationToken);
            var item = await series.RunAsync(ItemUrls(settings.Requests), cancellationToken);
            Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] GET /api/content?type=CaseStudy&page=K&size={PageSize}, K from 1 to {pages:N0}: {settings.ListWarmUp} warm-up, {settings.ListRequests} measured");
            var listWarmUp = await series.RunAsync(ListUrls(settings.ListWarmUp), cancellationToken);
            var list = listWarmUp.TimedOut ? listWarmUp : await series.RunAsync(ListUrls(settings.ListRequests), cancellationToken);
            Report(items, ids.Count, started, item, list, pages, site.PeakMemoryBytes / 1024.0 / 1024.0, settings.Limit);
            foreach (var failure in new[] { item.FirstFailure, list.FirstFailure }.OfType<string>())
            {
                Console.Error.WriteLine($"first failure: {failure}");
            }

            return item.Failures == 0 && list.Failures == 0 && !item.TimedOut && !list.TimedOut;
        }
        catch (SiteExitedException e)
        {
            Console.Error.WriteLine($"{e.Message}; its last lines (all in {logPath}):");
            foreach (var line in site.Lines.TakeLast(10))
            {
                Console.Error.WriteLine($"  {line.Text}");
            }

            return false;
        }
    }

    private void Report(int items, int published, TimeSpan started, RequestSample item, RequestSample list, int pages, double peakMiB, TimeSpan limit)
    {
        var atScale = items >= Targets.Files;
        var itemStats = LatencyStats.Of([.. item.Latencies]);
        var listStats = LatencyStats.Of([.. list.Latencies]);
        results.Add(new Figure(Name, "items in the database", items, "count"));
        results.Add(new Figure(Name, "published ids to ask for", published, "count"));
        results.Add(new Figure(Name, "site start until /health answers", started.TotalSeconds, "s"));
        results.Add(new Figure(Name, $"GET /api/content/{{id}} answered (of {item.Planned:N0})", item.Latencies.Count, "count"));
        results.Add(new Figure(Name, "GET /api/content/{id} median", itemStats.Median, "ms",
            $"< {Targets.GetItemMedianMilliseconds} ms{(atScale ? "" : " (at N=100,000)")}", atScale ? itemStats.Median < Targets.GetItemMedianMilliseconds : null));
        results.Add(new Figure(Name, "GET /api/content/{id} p90", itemStats.P90, "ms"));
        results.Add(new Figure(Name, "GET /api/content/{id} p99", itemStats.P99, "ms"));
        results.Add(new Figure(Name, "GET /api/content/{id} max", itemStats.Max, "ms"));
        results.Add(new Figure(Name, "GET /api/content/{id} sequential rate", item.RequestsPerSecond, "requests/s"));
        results.Add(new Figure(Name, "GET /api/content/{id} mean answer size", item.MeanKiB, "KiB"));
        results.Add(new Figure(Name, "GET /api/content/{id} answers not 200", item.Failures, "count"));
        results.Add(new Figure(Name, "case-study pages of 20", pages, "count"));
        var stopped = list.TimedOut ? $", stopped at the {limit.TotalSeconds:F0} s limit" : "";
        results.Add(new Figure(Name, $"GET /api/content?type=CaseStudy answered (of {list.Planned:N0}{stopped})", list.Latencies.Count, "count"));
        results.Add(new Figure(Name, "GET /api/content?type=CaseStudy median", listStats.Median, "ms"));
        results.Add(new Figure(Name, "GET /api/content?type=CaseStudy p99", listStats.P99, "ms"));
        results.Add(new Figure(Name, "GET /api/content?type=CaseStudy answers not 200", list.Failures, "count"));
        results.Add(new Figure(Name, "site peak memory", peakMiB, "MiB"));
        Console.WriteLine($"\nGET /api/content/{{id}}: {itemStats}{(item.TimedOut ? $" (stopped at the {limit.TotalSeconds:F0} s limit)" : "")}");
        Console.WriteLine($"GET /api/content?type=CaseStudy&page=K&size={PageSize}: {(list.Latencies.Count == 0 ? $"no answer within {limit.TotalSeconds:F0} s" : listStats.ToString())}");
        results.PrintTable(Name);
    }

    /// <summary>How long the site took to answer <c>/health</c> with 200, or null when it did not within its start time limit.</summary>
    public static async Task<TimeSpan?> WaitUntilHealthyAsync(PortalProcess site, HttpClient client, CancellationToken cancellationToken)
    {
        while (site.Elapsed < StartTimeout && !site.HasExited)
        {
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(TimeSpan.FromSeconds(10));
                using var response = await client.GetAsync(new Uri("/health", UriKind.Relative), timeout.Token);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return site.Elapsed;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Listening but not answering yet.
            }

            await Task.Delay(100, cancellationToken);
        }

        return null;
    }
}
