using Portal.Benchmarks.Api;
using Portal.Benchmarks.Cli;
using Portal.Benchmarks.Hosting;
using Portal.Benchmarks.Measure;

namespace Portal.Benchmarks.Http;

/// <summary>
/// The public site under load: the real site as a child process over imported data, and wrk on
/// loopback against a cluster space, a case study and the home page. First with the output cache
/// (the site's normal mode), each page followed by a static copy of the same HTML served as a file
/// by the same site (the ceiling); then an import beside the cached site, timed until its page shows
/// the change; then a second site with <c>Portal:Site:OutputCache=false</c>. The sites' start-up (to the
/// first page, which reads what is public) and their peak memory are reported with the rates.
/// </summary>
public sealed class HttpScenario(BenchmarkPaths paths, ResultLog results)
{
    public const string Name = "http";
    private const string Theme = "Galaxy";
    private const string CopyFolder = "static-copy";
    private const string ThemeAssetsPath = "/theme";

    public async Task<bool> RunAsync(HttpSettings settings, string dataPath, string contentPath, string workFolder, CancellationToken cancellationToken)
    {
        var database = Path.Combine(dataPath, "portal.db");
        if (!File.Exists(database))
        {
            throw new UsageException($"{database} does not exist: name the data folder of an import with --data, or its work folder with --work");
        }

        results.Files = PublishedIds.CountItems(database);
        var pages = MeasuredPages.Read(database, DateTime.UtcNow, settings.Seed);
        var wrk = await Wrk.FindOrInstallAsync(settings.Threads, settings.Connections, cancellationToken);
        var logs = Directory.CreateDirectory(Path.Combine(workFolder, "logs")).FullName;
        var load = new LoadRun(wrk, settings, Path.Combine(logs, "5-http-wrk.log"));
        var environment = new PortalEnvironment(dataPath, contentPath, paths.SeedsPath);
        Console.WriteLine($"machine: {MachineInfo.Describe()}");
        Console.WriteLine($"database: {database}: {results.Files:N0} items; pages: {string.Join(", ", pages.Pages.Select(p => p.Path))}");
        Console.WriteLine($"each run: {wrk.CommandFor(settings.DurationSeconds, "URL")} (after {settings.WarmUpSeconds} s of warm-up)");
        if (!await SearchIndex.EnsureAsync(paths, environment, Path.Combine(logs, "5-http-reindex.log"), cancellationToken))
        {
            return false;
        }

        var themes = CopyThemes(workFolder);
        var site = new[] { "--Portal:Theme", Theme, "--Portal:ThemesPath", themes };
        var ok = true;
        long peakMemory;
        using (var cached = await RunningSite.StartAsync(paths, environment, site, Path.Combine(logs, "5-http-site-cached.log"), cancellationToken))
        {
            ReportStartUp(cached, await cached.GetAsync("/", cancellationToken));
            foreach (var (name, path) in pages.Pages)
            {
                var copy = $"{ThemeAssetsPath}/{CopyFolder}/{FileName(name)}";
                var html = await cached.GetAsync(path, cancellationToken);
                await File.WriteAllBytesAsync(Path.Combine(themes, Theme, "assets", CopyFolder, FileName(name)), html, cancellationToken);
                var served = await cached.GetAsync(copy, cancellationToken);
                if (!html.AsSpan().SequenceEqual(served))
                {
                    throw new InvalidOperationException($"{copy} does not serve the HTML of {path}");
                }

                Console.WriteLine($"{name}: {path}, {html.Length / 1024.0:F1} KiB");
                var fromCache = await load.RunAsync(cached, $"{name}, cached", path, cancellationToken);
                var fromFile = await load.RunAsync(cached, $"{name}, static copy", copy, cancellationToken);
                ok &= Report(name, "cached", fromCache) & Report(name, "static copy", fromFile);
                results.Add(new Figure(Name, $"{name}: cached / static copy", fromCache.RequestsPerSecond / fromFile.RequestsPerSecond, "ratio",
                    $">= {HttpTargets.CachedToStaticRatio}", fromCache.RequestsPerSecond / fromFile.RequestsPerSecond >= HttpTargets.CachedToStaticRatio));
            }

            var caseStudy = pages.Pages.Single(p => p.Name == "case study").Path;
            Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] import beside the site: {caseStudy}'s title changed, its folder imported");
            ok &= ReportVisible(await new ImportBesideSite(paths, environment, logs).MeasureAsync(cached, database, caseStudy, cancellationToken));
            peakMemory = cached.Process.PeakMemoryBytes;
        }

        using (var uncached = await RunningSite.StartAsync(paths, environment, [.. site, "--Portal:Site:OutputCache", "false"], Path.Combine(logs, "5-http-site-uncached.log"), cancellationToken))
        {
            foreach (var (name, path) in pages.Pages)
            {
                _ = await uncached.GetAsync(path, cancellationToken);
                ok &= Report(name, "uncached", await load.RunAsync(uncached, $"{name}, uncached", path, cancellationToken));
            }

            peakMemory = Math.Max(peakMemory, uncached.Process.PeakMemoryBytes);
        }

        var mebibytes = peakMemory / 1024.0 / 1024.0;
        results.Add(new Figure(Name, "site peak memory, larger of the two sites", mebibytes, "MiB", $"< {HttpTargets.PeakMemoryMiB:N0} MiB", mebibytes < HttpTargets.PeakMemoryMiB));

        Console.WriteLine($"\nwrk's output: {load.LogPath}");
        results.PrintTable(Name);
        return ok;
    }

    /// <summary>The cached site's start: to <c>/health</c>, and to its first page (the home page, which reads every public item).</summary>
    private void ReportStartUp(RunningSite site, byte[] home)
    {
        var firstPage = site.Process.Elapsed;
        Console.WriteLine($"start-up: /health after {site.HealthyAfter.TotalSeconds:F2} s, the home page ({home.Length / 1024.0:F1} KiB) after {firstPage.TotalSeconds:F2} s");
        results.Add(new Figure(Name, "start-up to /health", site.HealthyAfter.TotalSeconds, "s"));
        results.Add(new Figure(Name, "start-up to the first page", firstPage.TotalSeconds, "s", $"< {HttpTargets.StartUpSeconds} s", firstPage.TotalSeconds < HttpTargets.StartUpSeconds));
    }

    private bool ReportVisible((TimeSpan AfterExit, TimeSpan AfterStart)? visible)
    {
        if (visible is not var (afterExit, afterStart))
        {
            results.Add(new Figure(Name, "import beside the site: change never shown, gave up after", ImportBesideSite.GiveUpAfter.TotalSeconds, "s", $"< {HttpTargets.VisibleSeconds} s", false));
            return false;
        }

        results.Add(new Figure(Name, "import beside the site: its exit to the cached page showing it", afterExit.TotalSeconds, "s",
            $"< {HttpTargets.VisibleSeconds} s", afterExit.TotalSeconds < HttpTargets.VisibleSeconds));
        results.Add(new Figure(Name, "import beside the site: its start to the cached page showing it", afterStart.TotalSeconds, "s"));
        return true;
    }

    private static string FileName(string page) => page.Replace(' ', '-') + ".html";

    /// <summary>Reports one run against its targets; false when an answer was not 200 or a socket failed.</summary>
    private bool Report(string page, string mode, WrkResult run)
    {
        var (rate, p99) = mode switch
        {
            "cached" => ((double?)HttpTargets.CachedRequestsPerSecond, (double?)HttpTargets.CachedP99Milliseconds),
            "uncached" => (page == "cluster" ? HttpTargets.UncachedClusterRequestsPerSecond : HttpTargets.UncachedRequestsPerSecond, null),
            _ => (null, null),
        };
        results.Add(new Figure(Name, $"{page}, {mode}: rate", run.RequestsPerSecond, "requests/s", rate is { } r ? $">= {r:N0} requests/s" : null, rate is { } least ? run.RequestsPerSecond >= least : null));
        results.Add(new Figure(Name, $"{page}, {mode}: p50", run.P50, "ms"));
        results.Add(new Figure(Name, $"{page}, {mode}: p99", run.P99, "ms", p99 is { } most ? $"< {most} ms" : null, p99 is { } limit ? run.P99 < limit : null));
        if (run.NotOk + run.SocketErrors == 0)
        {
            return true;
        }

        results.Add(new Figure(Name, $"{page}, {mode}: answers not 2xx/3xx", run.NotOk, "count"));
        results.Add(new Figure(Name, $"{page}, {mode}: socket errors and timeouts", run.SocketErrors, "count"));
        return false;
    }

    /// <summary>
    /// A copy of the repository's themes beside the data, so that the static copies of the pages sit
    /// in the theme's assets, which the same site serves as files, without writing into the checkout.
    /// </summary>
    private string CopyThemes(string workFolder)
    {
        var target = Path.Combine(workFolder, "http-themes");
        var source = Path.Combine(paths.RepositoryRoot, "themes");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy, overwrite: true);
        }

        Directory.CreateDirectory(Path.Combine(target, Theme, "assets", CopyFolder));
        return target;
    }
}
