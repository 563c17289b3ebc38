using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Portal.Benchmarks.Cli;
using Portal.Benchmarks.Hosting;
using Portal.Benchmarks.Measure;

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

        var items = PublishedIds.CountItems(database);
        var ids = PublishedIds.Read(database, DateTime.UtcNow);
        Console.WriteLine($"machine: {MachineInfo.Describe()}");
        Console.WriteLine($"database: {database}: {items:N0} items, {ids.Count:N0} published ids");
        if (ids.Count == 0)
        {
            Console.Error.WriteLine("there is no published item to ask for");
            return false;
        }

        var url = $"http://127.0.0.1:{FreePort.Next()}";
        var logPath = Path.Combine(logFolder, "4-api-site.log");
        Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] starting the site on {url} (log {logPath}, load average {MachineInfo.LoadAverage()})");
        using var site = PortalProcess.Start(paths, new PortalEnvironment(dataPath, contentPath, paths.SeedsPath), ["--urls", url], logPath);
        using var client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(60) };
        if (await WaitUntilHealthyAsync(site, client, cancellationToken) is not { } started)
        {
            Console.Error.WriteLine($"the site did not answer /health; see {logPath}");
            return false;
        }

        var random = new Random(settings.Seed);
        IEnumerable<string> ItemUrls(int count) =>
            Enumerable.Range(0, count).Select(_ => $"/api/content/{Uri.EscapeDataString(ids[random.Next(ids.Count)])}");
        Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] GET /api/content/{{id}}: {settings.WarmUp} warm-up, {settings.Requests} measured");
        await MeasureAsync(client, ItemUrls(settings.WarmUp), cancellationToken);
        var item = await MeasureAsync(client, ItemUrls(settings.Requests), cancellationToken);

        var pages = Math.Max(1, (int)Math.Ceiling(await CaseStudyTotalAsync(client, cancellationToken) / (double)PageSize));
        IEnumerable<string> ListUrls(int count) =>
            Enumerable.Range(0, count).Select(_ => $"/api/content?type=CaseStudy&page={random.Next(1, pages + 1)}&size={PageSize}");
        Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] GET /api/content?type=CaseStudy (pages 1 to {pages:N0}): {settings.ListWarmUp} warm-up, {settings.ListRequests} measured");
        await MeasureAsync(client, ListUrls(settings.ListWarmUp), cancellationToken);
        var list = await MeasureAsync(client, ListUrls(settings.ListRequests), cancellationToken);
        var peak = site.PeakMemoryBytes / 1024.0 / 1024.0;

        Report(items, ids.Count, started, item, list, pages, peak);
        foreach (var failure in new[] { item.FirstFailure, list.FirstFailure }.OfType<string>())
        {
            Console.Error.WriteLine($"first answer that was not 200: {failure}");
        }

        return item.Failures == 0 && list.Failures == 0;
    }

    private void Report(int items, int published, TimeSpan started, RequestSample item, RequestSample list, int pages, double peakMiB)
    {
        var atScale = items >= Targets.Files;
        var itemStats = LatencyStats.Of([.. item.Latencies]);
        var listStats = LatencyStats.Of([.. list.Latencies]);
        results.Add(new Figure(Name, "items in the database", items, "count"));
        results.Add(new Figure(Name, "published ids to ask for", published, "count"));
        results.Add(new Figure(Name, "site start until /health answers", started.TotalSeconds, "s"));
        results.Add(new Figure(Name, "GET /api/content/{id} median", itemStats.Median, "ms",
            $"< {Targets.GetItemMedianMilliseconds} ms{(atScale ? "" : " (at N=100,000)")}", atScale ? itemStats.Median < Targets.GetItemMedianMilliseconds : null));
        results.Add(new Figure(Name, "GET /api/content/{id} p90", itemStats.P90, "ms"));
        results.Add(new Figure(Name, "GET /api/content/{id} p99", itemStats.P99, "ms"));
        results.Add(new Figure(Name, "GET /api/content/{id} max", itemStats.Max, "ms"));
        results.Add(new Figure(Name, "GET /api/content/{id} sequential rate", item.RequestsPerSecond, "requests/s"));
        results.Add(new Figure(Name, "GET /api/content/{id} mean answer size", item.MeanKiB, "KiB"));
        results.Add(new Figure(Name, "GET /api/content/{id} answers not 200", item.Failures, "count"));
        results.Add(new Figure(Name, "case-study pages of 20", pages, "count"));
        results.Add(new Figure(Name, "GET /api/content?type=CaseStudy median", listStats.Median, "ms"));
        results.Add(new Figure(Name, "GET /api/content?type=CaseStudy p99", listStats.P99, "ms"));
        results.Add(new Figure(Name, "GET /api/content?type=CaseStudy answers not 200", list.Failures, "count"));
        results.Add(new Figure(Name, "site peak memory", peakMiB, "MiB"));
        Console.WriteLine($"\nGET /api/content/{{id}}: {itemStats}");
        Console.WriteLine($"GET /api/content?type=CaseStudy&page=K&size=20: {listStats}");
        results.PrintTable(Name);
    }

    private static async Task<TimeSpan?> WaitUntilHealthyAsync(PortalProcess site, HttpClient client, CancellationToken cancellationToken)
    {
        while (site.Elapsed < StartTimeout && !site.HasExited)
        {
            try
            {
                using var response = await client.GetAsync(new Uri("/health", UriKind.Relative), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return site.Elapsed;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100, cancellationToken);
        }

        return null;
    }

    private static async Task<int> CaseStudyTotalAsync(HttpClient client, CancellationToken cancellationToken)
    {
        var json = await client.GetStringAsync(new Uri($"/api/content?type=CaseStudy&page=1&size={PageSize}", UriKind.Relative), cancellationToken);
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("total").GetInt32();
    }

    private static async Task<RequestSample> MeasureAsync(HttpClient client, IEnumerable<string> urls, CancellationToken cancellationToken)
    {
        var latencies = new List<double>();
        var failures = 0;
        var bytes = 0L;
        string? firstFailure = null;
        var wall = Stopwatch.StartNew();
        foreach (var url in urls)
        {
            var uri = new Uri(url, UriKind.Relative);
            var start = Stopwatch.GetTimestamp();
            using var response = await client.GetAsync(uri, cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            bytes += body.Length;
            if (response.StatusCode != HttpStatusCode.OK)
            {
                failures++;
                var text = System.Text.Encoding.UTF8.GetString(body);
                firstFailure ??= string.Create(CultureInfo.InvariantCulture, $"{url}: {(int)response.StatusCode} {text[..Math.Min(text.Length, 300)]}");
            }
        }

        return new RequestSample(latencies, failures, bytes, wall.Elapsed, firstFailure);
    }
}
