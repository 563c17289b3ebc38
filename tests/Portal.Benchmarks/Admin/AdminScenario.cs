using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Portal.Benchmarks.Api;
using Portal.Benchmarks.Cli;
using Portal.Benchmarks.Hosting;
using Portal.Benchmarks.Measure;

namespace Portal.Benchmarks.Admin;

/// <summary>
/// The admin scenario (issue 5): the real site as a child process over imported data, an editor
/// signed in through the login form, then one request at a time: content lists with filters and
/// pages, saving drafts through the editor's form (as a browser posts it), and publishing a draft
/// until it shows on the public page and in search.
/// </summary>
public sealed class AdminScenario(BenchmarkPaths paths, ResultLog results)
{
    public const string Name = "admin";
    private const double ListP99Target = 50;
    private const double SaveP99Target = 30;
    private const double VisibleTarget = 1_000;

    public async Task<bool> RunAsync(AdminSettings settings, string dataPath, string contentPath, string logFolder, CancellationToken cancellationToken)
    {
        var database = Path.Combine(dataPath, "portal.db");
        if (!File.Exists(database))
        {
            throw new UsageException($"{database} does not exist: name the data folder of an import with --data");
        }

        var items = PublishedIds.CountItems(database);
        results.Files = items;
        var random = new Random(settings.Seed);
        var words = AdminSamples.TitleWords(database);
        var clusters = AdminSamples.Clusters(database);
        var editable = AdminSamples.Ids(database, "News").Concat(AdminSamples.Ids(database, "CaseStudy")).ToList();
        var publishable = AdminSamples.Ids(database, "News", alone: true);
        Console.WriteLine($"machine: {MachineInfo.Describe()}");
        Console.WriteLine($"database: {database}: {items:N0} items, {editable.Count:N0} to edit, {words.Count} title words, {clusters.Count} clusters");

        // The account is made by the verb, as an operator makes it; the password reaches the child through the environment.
        var environment = new PortalEnvironment(dataPath, contentPath, paths.SeedsPath);
        var email = $"bench-{DateTime.UtcNow:yyyyMMddHHmmss}@example.org";
        var password = $"Bench-{Guid.NewGuid():N}";
        Environment.SetEnvironmentVariable("PORTAL_ADMIN_PASSWORD", password);
        using (var create = PortalProcess.Start(paths, environment, ["users", "create-admin", "--email", email], Path.Combine(logFolder, "5-admin-user.log")))
        {
            if (await create.WaitForExitAsync(cancellationToken) != 0)
            {
                Console.Error.WriteLine("users create-admin failed");
                return false;
            }
        }

        var url = $"http://127.0.0.1:{FreePort.Next()}";
        var logPath = Path.Combine(logFolder, "5-admin-site.log");
        Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] starting the site on {url} (log {logPath}, load average {MachineInfo.LoadAverage()})");
        using var site = PortalProcess.Start(paths, environment, ["--urls", url], logPath);
        using var browser = new AdminBrowser(url);
        if (await ApiScenario.WaitUntilHealthyAsync(site, browser.Client, cancellationToken) is null)
        {
            Console.Error.WriteLine($"the site did not answer /health; see {logPath}");
            return false;
        }

        await browser.SignInAsync(email, password, cancellationToken);
        var series = new RequestSeries(browser.Client, site, settings.Limit);
        string[] Lists(int count) => [.. Enumerable.Range(0, count).Select(_ => random.Next(6) switch
        {
            0 => $"/admin/content?type=CaseStudy&page={random.Next(1, 201)}",
            1 => $"/admin/content?q={words[random.Next(words.Count)]}",
            2 => $"/admin/content?type=News&status=draft&page={random.Next(1, 4)}",
            3 => $"/admin/content?type=Event&culture=zh",
            4 => $"/admin/content?type=CaseStudy&cluster={clusters[random.Next(clusters.Count)]}&page={random.Next(1, 6)}",
            _ => $"/admin/content?page={random.Next(1, 201)}",
        })];
        Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] content lists: {settings.ListWarmUp} warm-up, {settings.ListRequests} measured");
        await series.RunAsync(Lists(settings.ListWarmUp), cancellationToken);
        var lists = await series.RunAsync(Lists(settings.ListRequests), cancellationToken);

        Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] saving drafts: {settings.SaveWarmUp} warm-up, {settings.Saves} measured");
        await SaveAsync(browser, editable, random, settings.SaveWarmUp, cancellationToken);
        var saves = await SaveAsync(browser, editable, random, settings.Saves, cancellationToken);

        Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] publish to visible: {settings.Publishes} news items");
        var visible = await PublishAsync(browser, publishable, random, settings.Publishes, cancellationToken);
        Report(lists, saves, visible, site.PeakMemoryBytes / 1024.0 / 1024.0);
        if (lists.FirstFailure is { } failure)
        {
            Console.Error.WriteLine($"first failure: {failure}");
        }

        return lists.Failures == 0 && !lists.TimedOut && saves.Failures == 0 && visible.Failures == 0;
    }

    /// <summary>Each save: the editor page is read (not timed), then its form is posted with a new title, as a browser does.</summary>
    private static async Task<(List<double> Latencies, int Failures)> SaveAsync(AdminBrowser browser, List<string> ids, Random random, int count, CancellationToken cancellationToken)
    {
        var latencies = new List<double>(count);
        var failures = 0;
        for (var i = 0; i < count; i++)
        {
            var id = ids[random.Next(ids.Count)];
            var fields = await DraftFormAsync(browser, id, $" (draft {i})", cancellationToken);
            var start = Stopwatch.GetTimestamp();
            using var response = await browser.PostAsync(SaveAction(id), fields, cancellationToken);
            latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            if (response.StatusCode != HttpStatusCode.Redirect)
            {
                failures++;
                Console.Error.WriteLine($"saving {id} answered {(int)response.StatusCode}");
            }
        }

        return (latencies, failures);
    }

    private static string EditPage(string id) => $"/admin/content/{id}/en/edit";

    private static string SaveAction(string id) => $"{EditPage(id)}?handler=save";

    /// <summary>The editor's save form of an item as its page fills it (read, not timed), with <paramref name="titleEnd"/> added to the title.</summary>
    private static async Task<List<KeyValuePair<string, string>>> DraftFormAsync(AdminBrowser browser, string id, string titleEnd, CancellationToken cancellationToken)
    {
        var fields = EditorFormScraper.Fields(await browser.GetTextAsync(EditPage(id), cancellationToken), SaveAction(id));
        var title = fields.FindIndex(f => f.Key == "Form.Title");
        fields[title] = new(fields[title].Key, fields[title].Value + titleEnd);
        return fields;
    }

    /// <summary>A draft with a word no other item has, published; then the public page and search are asked every 5 ms until both show it.</summary>
    private static async Task<(List<double> Latencies, int Failures)> PublishAsync(AdminBrowser browser, List<string> ids, Random random, int count, CancellationToken cancellationToken)
    {
        var latencies = new List<double>(count);
        var failures = 0;
        using var visitor = new HttpClient { BaseAddress = browser.Client.BaseAddress };
        for (var i = 0; i < count; i++)
        {
            var id = ids[random.Next(ids.Count)];
            var marker = $"benchmark{Guid.NewGuid():N}"[..24];
            var fields = await DraftFormAsync(browser, id, $" {marker}", cancellationToken);
            using (var saved = await browser.PostAsync(SaveAction(id), fields, cancellationToken))
            {
                if (saved.StatusCode != HttpStatusCode.Redirect)
                {
                    failures++;
                    continue;
                }
            }

            var page = await browser.GetTextAsync(EditPage(id), cancellationToken);
            var publish = EditorFormScraper.Fields(page, $"/admin/content/{id}/en/publish?handler=publish");
            var publicUrl = (string)JsonNode.Parse(await visitor.GetStringAsync(new Uri($"/api/content/{id}", UriKind.Relative), cancellationToken))!["url"]!;
            var start = Stopwatch.GetTimestamp();
            using (var published = await browser.PostAsync($"/admin/content/{id}/en/publish?handler=publish", publish, cancellationToken))
            {
                if (published.StatusCode != HttpStatusCode.Redirect)
                {
                    failures++;
                    continue;
                }
            }

            bool onPage = false, inSearch = false;
            while ((!onPage || !inSearch) && Stopwatch.GetElapsedTime(start) < TimeSpan.FromSeconds(30))
            {
                onPage = onPage || (await visitor.GetStringAsync(new Uri(publicUrl, UriKind.Relative), cancellationToken)).Contains(marker, StringComparison.Ordinal);
                inSearch = inSearch || (int)JsonNode.Parse(await visitor.GetStringAsync(new Uri($"/api/search?q={marker}", UriKind.Relative), cancellationToken))!["total"]! > 0;
                if (!onPage || !inSearch)
                {
                    await Task.Delay(5, cancellationToken);
                }
            }

            if (onPage && inSearch)
            {
                latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
            else
            {
                failures++;
                Console.Error.WriteLine($"{id} was not visible within 30 s (page {onPage}, search {inSearch})");
            }
        }

        return (latencies, failures);
    }

    private void Report(RequestSample lists, (List<double> Latencies, int Failures) saves, (List<double> Latencies, int Failures) visible, double peakMiB)
    {
        var atScale = results.Files >= Targets.Files;
        var listStats = LatencyStats.Of([.. lists.Latencies]);
        var saveStats = LatencyStats.Of(saves.Latencies);
        var visibleStats = LatencyStats.Of(visible.Latencies);
        var scale = atScale ? "" : " (at N=100,000)";
        results.Add(new Figure(Name, "items in the database", results.Files, "count"));
        results.Add(new Figure(Name, $"GET /admin/content (filtered, paged) answered (of {lists.Planned:N0})", lists.Latencies.Count, "count"));
        results.Add(new Figure(Name, "GET /admin/content median", listStats.Median, "ms"));
        results.Add(new Figure(Name, "GET /admin/content p90", listStats.P90, "ms"));
        results.Add(new Figure(Name, "GET /admin/content p99", listStats.P99, "ms", $"< {ListP99Target} ms{scale}", atScale ? listStats.P99 < ListP99Target : null));
        results.Add(new Figure(Name, "GET /admin/content max", listStats.Max, "ms"));
        results.Add(new Figure(Name, "GET /admin/content answers not 200", lists.Failures, "count"));
        results.Add(new Figure(Name, "save draft (POST of the editor's form) median", saveStats.Median, "ms"));
        results.Add(new Figure(Name, "save draft p99", saveStats.P99, "ms", $"< {SaveP99Target} ms{scale}", atScale ? saveStats.P99 < SaveP99Target : null));
        results.Add(new Figure(Name, "save draft max", saveStats.Max, "ms"));
        results.Add(new Figure(Name, "save draft failures", saves.Failures, "count"));
        results.Add(new Figure(Name, "publish to visible on the page and in search, median", visibleStats.Median, "ms"));
        results.Add(new Figure(Name, "publish to visible, max", visibleStats.Max, "ms", $"< {VisibleTarget} ms{scale}", atScale ? visibleStats.Max < VisibleTarget : null));
        results.Add(new Figure(Name, "publish to visible failures", visible.Failures, "count"));
        results.Add(new Figure(Name, "site peak memory", peakMiB, "MiB"));
        Console.WriteLine($"\nGET /admin/content: {listStats}\nsave draft: {saveStats}\npublish to visible: {visibleStats}");
        results.PrintTable(Name);
    }
}
