using System.Globalization;
using Portal.Benchmarks.Api;
using Portal.Benchmarks.Hosting;
using Portal.Benchmarks.Import;
using Portal.Benchmarks.Measure;

namespace Portal.Benchmarks.Relevance;

/// <summary>
/// Search quality on XQuAD: its paragraphs written as content files into the work folder, imported
/// with the <c>import</c> verb, then every question asked through <c>/api/search</c> of the real site
/// (a child process) with its culture; MRR@10, recall@1 and recall@10 per culture. Then each
/// paragraph's first three related items, and how many are from its own article. These are not
/// timings: a busy machine gives the same figures.
/// </summary>
public sealed class RelevanceScenario(BenchmarkPaths paths, ResultLog results)
{
    public const string Name = "relevance";

    /// <summary>What every culture should reach (issue 12).</summary>
    public const double RecallAt10Target = 0.90;

    public async Task<bool> RunAsync(RelevanceSettings settings, ImportSettings import, CancellationToken cancellationToken)
    {
        var set = XquadSet.Read(settings.Folder ?? XquadSet.DefaultFolder(paths.RepositoryRoot));
        var work = import.WorkFolder ?? Path.Combine(Path.GetTempPath(), $"portal-relevance-{DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}");
        var content = Path.Combine(work, "content");
        var logs = Path.Combine(work, "logs");
        var environment = new PortalEnvironment(Path.Combine(work, "data"), content, paths.SeedsPath);
        set.WriteContent(content, Path.Combine(work, "xquad"));
        results.Files = set.Paragraphs.Count;
        Console.WriteLine($"work folder: {work}; {set.Paragraphs.Count} paragraphs, {set.Questions.Count} questions from {set.Folder}");
        try
        {
            using (var verb = PortalProcess.Start(paths, environment, ["import"], Path.Combine(logs, "1-relevance-import.log")))
            {
                if (await verb.WaitForExitAsync(cancellationToken) != 0)
                {
                    Console.Error.WriteLine($"the import verb failed; see {Path.Combine(logs, "1-relevance-import.log")}");
                    return false;
                }
            }

            var url = $"http://127.0.0.1:{FreePort.Next()}";
            var logPath = Path.Combine(logs, "2-relevance-site.log");
            using var site = PortalProcess.Start(paths, environment, ["--urls", url], logPath);
            using var client = new HttpClient { BaseAddress = new Uri(url) };
            if (await ApiScenario.WaitUntilHealthyAsync(site, client, cancellationToken) is null)
            {
                Console.Error.WriteLine($"the site did not answer /health; see {logPath}");
                return false;
            }

            await RelevanceRun.WaitUntilIndexedAsync(client, set, TimeSpan.FromMinutes(2), cancellationToken);
            Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {set.Questions.Count} questions through /api/search (load average {MachineInfo.LoadAverage()})");
            var scores = await RelevanceRun.RunAsync(client, set, cancellationToken);
            Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] the related items of {set.Paragraphs.Count} paragraphs through /api/search/related");
            var related = await RelatedRun.RunAsync(client, set, cancellationToken);
            Report(scores, related);
            return true;
        }
        finally
        {
            if (import.Keep || import.WorkFolder is not null)
            {
                Console.WriteLine($"kept {work}");
            }
            else
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    private void Report(IReadOnlyList<CultureScores> scores, IReadOnlyList<RelatedScores> related)
    {
        foreach (var culture in scores)
        {
            results.Add(new Figure(Name, $"{culture.Culture} MRR@10", culture.Mrr, ""));
            results.Add(new Figure(Name, $"{culture.Culture} recall@1", culture.RecallAt1, ""));
            results.Add(new Figure(Name, $"{culture.Culture} recall@10", culture.RecallAt10, "", $">= {RecallAt10Target:F2}", culture.RecallAt10 >= RecallAt10Target));
        }

        foreach (var culture in related)
        {
            results.Add(new Figure(Name, $"{culture.Culture} related same article @3, more-like-this", culture.MoreLikeThis, ""));
            results.Add(new Figure(Name, $"{culture.Culture} related same article @3, same cluster", culture.SameCluster, ""));
        }

        results.PrintTable(Name);
        Console.WriteLine();
        foreach (var culture in scores)
        {
            Console.WriteLine(culture);
        }

        foreach (var culture in related)
        {
            Console.WriteLine(culture);
        }
    }
}
