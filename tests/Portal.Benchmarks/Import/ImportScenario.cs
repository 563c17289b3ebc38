using System.Globalization;
using Portal.Benchmarks.Cli;
using Portal.Benchmarks.Generate;
using Portal.Benchmarks.Hosting;
using Portal.Benchmarks.Measure;
using Portal.Content.Taxonomies;

namespace Portal.Benchmarks.Import;

/// <summary>
/// The import scenario: a set of N files (generated, or reused), then the real import verb as a
/// child process, three times: the first import into an empty database, a re-import of the
/// unchanged set, and a re-import after 1% of the titles changed. Before them, <c>migrate</c> on an
/// empty database measures what start-up alone costs.
/// </summary>
public sealed class ImportScenario(BenchmarkPaths paths, ResultLog results)
{
    public const string Name = "import";
    private const double TouchedShare = 0.01;

    public async Task<ImportOutcome> RunAsync(ImportSettings settings, CancellationToken cancellationToken)
    {
        var work = settings.WorkFolder ?? Path.Combine(Path.GetTempPath(), $"portal-bench-{DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}");
        var content = settings.Folder ?? Path.Combine(work, "content");
        var data = Path.Combine(work, "data");
        if (File.Exists(Path.Combine(data, "portal.db")))
        {
            throw new UsageException($"{data} already holds a database; name an empty --work folder");
        }

        Directory.CreateDirectory(work);
        Console.WriteLine($"machine: {MachineInfo.Describe()}");
        Console.WriteLine($"work folder: {work}");
        var files = CountFiles(content);
        if (files == 0)
        {
            Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] generating {settings.Files:N0} files (seed {settings.Seed}) ...");
            var terms = new SeedTerms(TaxonomyLoader.Load(paths.SeedsPath));
            var summary = new ContentGenerator(terms, settings.Seed).Generate(content, settings.Files);
            Console.WriteLine(summary);
            files = summary.Files;
            results.Add(new Figure(Name, "generate files (harness, not the portal)", summary.Elapsed.TotalSeconds, "s"));
        }
        else
        {
            Console.WriteLine($"reusing {files:N0} files in {content}");
        }

        var environment = new PortalEnvironment(data, content, paths.SeedsPath);
        var runner = new ImportRunner(paths, Path.Combine(work, "logs"));
        var baseline = await runner.RunAsync("0-migrate-empty-db", environment with { DataPath = Path.Combine(work, "baseline-data") }, "migrate", cancellationToken);
        var first = await runner.RunAsync("1-first-import", environment, "import", cancellationToken);
        if (!Succeeded(first))
        {
            return new ImportOutcome(false, work, content, data, files);
        }

        var unchanged = await runner.RunAsync("2-reimport-unchanged", environment, "import", cancellationToken);
        var touched = TitleToucher.Touch(content, TouchedShare, settings.Seed);
        Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] changed the title of {touched:N0} files");
        var changed = await runner.RunAsync("3-reimport-1pct-changed", environment, "import", cancellationToken);

        var checks = new List<string>();
        Check(checks, first.Counts is { Created: var created, Refused: 0 } && created == files, $"first import creates all {files:N0} items: {first.Counts}");
        Check(checks, Succeeded(unchanged) && unchanged.Counts is { Unchanged: var same, Created: 0, Updated: 0 } && same == files, $"re-import finds all {files:N0} unchanged: {unchanged.Counts}");
        Check(checks, Succeeded(changed) && changed.Counts is { Updated: var updated, Created: 0 } && updated == touched, $"re-import after the change updates {touched:N0}: {changed.Counts}");
        Report(files, baseline, first, unchanged, changed, touched);
        foreach (var check in checks)
        {
            Console.WriteLine(check);
        }

        return new ImportOutcome(checks.TrueForAll(c => c.StartsWith("ok", StringComparison.Ordinal)), work, content, data, files);
    }

    private void Report(int files, ImportRunResult baseline, ImportRunResult first, ImportRunResult unchanged, ImportRunResult changed, int touched)
    {
        var atScale = files >= Targets.Files;
        bool? Verdict(bool met) => atScale ? met : null;
        var scale = atScale ? "" : " (at N=100,000)";
        var rate = files / first.Wall.TotalSeconds;
        var peak = Math.Max(first.PeakMemoryMiB, Math.Max(unchanged.PeakMemoryMiB, changed.PeakMemoryMiB));
        results.Add(new Figure(Name, "files", files, "count"));
        results.Add(new Figure(Name, "start-up alone (migrate, empty db)", baseline.Wall.TotalSeconds, "s"));
        results.Add(new Figure(Name, "first import wall", first.Wall.TotalSeconds, "s"));
        results.Add(new Figure(Name, "first import rate", rate, "items/s", $">= {Targets.FirstImportItemsPerSecond:N0}{scale}", Verdict(rate >= Targets.FirstImportItemsPerSecond)));
        results.Add(new Figure(Name, "first import peak memory", first.PeakMemoryMiB, "MiB"));
        results.Add(new Figure(Name, "re-import unchanged wall", unchanged.Wall.TotalSeconds, "s", $"< {Targets.UnchangedReimportSeconds} s{scale}", Verdict(unchanged.Wall.TotalSeconds < Targets.UnchangedReimportSeconds)));
        results.Add(new Figure(Name, "re-import unchanged peak memory", unchanged.PeakMemoryMiB, "MiB"));
        results.Add(new Figure(Name, "changed files (1%)", touched, "count"));
        results.Add(new Figure(Name, "re-import 1% changed wall", changed.Wall.TotalSeconds, "s"));
        results.Add(new Figure(Name, "re-import 1% changed peak memory", changed.PeakMemoryMiB, "MiB"));
        results.Add(new Figure(Name, "peak memory, largest of the three", peak, "MiB", $"< {Targets.PeakMemoryMiB:N0} MiB{scale}", Verdict(peak < Targets.PeakMemoryMiB)));
        foreach (var run in new[] { first, unchanged, changed })
        {
            Console.WriteLine($"\n{run.Label}: {run.Wall.TotalSeconds:F2} s wall; phases from the verb's progress lines:");
            Console.Write(run.Phases.Describe(run.Wall));
        }

        results.PrintTable(Name);
    }

    private static bool Succeeded(ImportRunResult run)
    {
        if (run.ExitCode == 0)
        {
            return true;
        }

        Console.Error.WriteLine($"{run.Label}: the verb exited with {run.ExitCode}; first lines of its standard error (all in {run.LogPath}):");
        foreach (var line in run.Errors.Take(20))
        {
            Console.Error.WriteLine($"  {line.Text}");
        }

        return false;
    }

    private static void Check(List<string> checks, bool passed, string what) =>
        checks.Add($"{(passed ? "ok    " : "FAILED")} {what}");

    private static int CountFiles(string folder) =>
        !Directory.Exists(folder)
            ? 0
            : Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories)
                .Count(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase));
}
