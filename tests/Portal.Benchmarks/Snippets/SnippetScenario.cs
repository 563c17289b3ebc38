using System.Diagnostics;
using System.Globalization;
using Portal.Benchmarks.Hosting;
using Portal.Benchmarks.Measure;
using Portal.Benchmarks.Relevance;
using Portal.Content.Markdown;
using Portal.Content.Model;
using Portal.Content.Publishing;
using Portal.Content.Taxonomies;
using Portal.Search.Indexing;
using Portal.Search.Querying;

namespace Portal.Benchmarks.Snippets;

/// <summary>
/// The portal's <see cref="SnippetWriter"/> against Lucene.Net's highlighters, in this process, on the
/// same hits: the bodies as the index stores them and the queries as the search builds them. Quality
/// on the fixed set (<see cref="SnippetCases"/>) and on every XQuAD question with its paragraph; the
/// cost of one hit's snippet on the paragraphs and on whole articles (long bodies), and the index
/// each highlighter needs. Timings are only as good as the machine is quiet: the load average is shown.
/// </summary>
public sealed class SnippetScenario(BenchmarkPaths paths, ResultLog results)
{
    public const string Name = "snippets";

    public int Run(SnippetsSettings settings)
    {
        var taxonomy = TaxonomyLoader.Load(paths.SeedsPath);
        using var analyzers = new CultureAnalyzers();
        var documents = new SearchDocumentBuilder(new MarkdownRenderer(), new ContentTermBuilder(taxonomy, new Portal.Content.Types.ContentTypeCatalog(Portal.Content.Types.BuiltInContentTypes.All)), new Portal.Content.Types.ContentTypeCatalog(Portal.Content.Types.BuiltInContentTypes.All));
        var queries = new SearchQueryBuilder(analyzers);
        SnippetInput Input(string culture, string markdown, string query)
        {
            var built = queries.Build(UserQuery.Parse(query), culture);
            return new SnippetInput(culture, Body(documents, culture, markdown), built.Matching, built.Terms);
        }

        var set = XquadSet.Read(settings.Folder ?? XquadSet.DefaultFolder(paths.RepositoryRoot));
        var paragraphs = set.Paragraphs.ToDictionary(p => (p.Id, p.Culture));
        var articles = set.Paragraphs.GroupBy(p => (Article: p.Id[..p.Id.LastIndexOf('-')], p.Culture))
            .ToDictionary(g => g.Key, g => string.Join("\n\n", g.Select(p => p.Text)));
        var cases = SnippetCases.All.Select(c => Input(c.Culture, c.Markdown, c.Query)).ToList();
        var onParagraphs = set.Questions.Select(q => Input(q.Culture, paragraphs[(q.ParagraphId, q.Culture)].Text, q.Text)).ToList();
        var onArticles = set.Questions.Select(q => Input(q.Culture, articles[(q.ParagraphId[..q.ParagraphId.LastIndexOf('-')], q.Culture)], q.Text)).ToList();
        List<SnippetInput> all = [.. cases, .. onParagraphs, .. onArticles];
        Console.WriteLine($"{cases.Count} fixed cases, {onParagraphs.Count} XQuAD questions on their paragraph (mean {onParagraphs.Average(i => i.Text.Length):F0} chars) "
            + $"and on their whole article (mean {onArticles.Average(i => i.Text.Length):F0} chars); load average {MachineInfo.LoadAverage()}");

        var plainBytes = CandidateIndex.PlainBytes(analyzers, all);
        ISnippetCandidate[] candidates =
        [
            new PortalSnippets(new SnippetWriter(analyzers)),
            new HighlighterSnippets(analyzers),
            new VectorHighlighterSnippets(analyzers, sentences: false),
            new VectorHighlighterSnippets(analyzers, sentences: true),
            new PostingsHighlighterSnippets(analyzers),
        ];
        try
        {
            foreach (var candidate in candidates)
            {
                candidate.Prepare(all);
                Console.WriteLine($"\n## {candidate.Name}");
                var failed = FixedCases(candidate, cases);
                Quality(candidate, "paragraphs", cases.Count, onParagraphs);
                Quality(candidate, "articles", cases.Count + onParagraphs.Count, onArticles);
                Time(candidate, "paragraphs", cases.Count, onParagraphs.Count, settings.Passes);
                Time(candidate, "articles", cases.Count + onParagraphs.Count, onArticles.Count, settings.Passes);
                results.Add(new Figure(Name, $"{candidate.Name}: fixed cases passed", SnippetCases.All.Count - failed, "cases"));
                if (candidate.IndexBytes is { } bytes)
                {
                    Console.WriteLine($"index of the {all.Count} bodies: {bytes / 1024.0:F0} KiB, {(double)bytes / plainBytes:F2} x the portal's ({plainBytes / 1024.0:F0} KiB: positions, the body stored)");
                    results.Add(new Figure(Name, $"{candidate.Name}: index size / portal's", (double)bytes / plainBytes, "x"));
                }
            }
        }
        finally
        {
            foreach (var candidate in candidates)
            {
                candidate.Dispose();
            }
        }

        Console.WriteLine($"\nload average at the end: {MachineInfo.LoadAverage()}");
        return 0;
    }

    /// <summary>Each fixed case with what is wrong with its snippet; the number that failed.</summary>
    private static int FixedCases(ISnippetCandidate candidate, List<SnippetInput> inputs)
    {
        var failed = 0;
        for (var i = 0; i < SnippetCases.All.Count; i++)
        {
            var c = SnippetCases.All[i];
            var snippet = Write(candidate, i, out var error);
            var text = inputs[i].Text;
            var problems = error is null ? SnippetQuality.Problems(snippet, text) : ["threw " + error];
            problems.AddRange(c.Marked.Where(w => !SnippetQuality.Marks(snippet, w)).Select(w => $"'{w}' not marked"));
            var visible = SnippetQuality.Visible(snippet);
            if (c.StartsWith is { } start && !visible.StartsWith(start, StringComparison.Ordinal))
            {
                problems.Add("not the sentence of the match");
            }

            problems.AddRange((c.Forbidden ?? []).Where(f => visible.Replace('\n', ' ').Contains(f, StringComparison.Ordinal)).Select(f => $"runs '{f}' together"));
            failed += problems.Count > 0 ? 1 : 0;
            Console.WriteLine($"  {(problems.Count == 0 ? "ok  " : "FAIL")} {c.Name}: {(problems.Count == 0 ? "" : string.Join("; ", problems) + " — ")}{snippet.Replace("\n", "⏎", StringComparison.Ordinal)}");
        }

        Console.WriteLine($"fixed cases: {SnippetCases.All.Count - failed} of {SnippetCases.All.Count} without fault");
        return failed;
    }

    private void Quality(ISnippetCandidate candidate, string set, int offset, List<SnippetInput> inputs)
    {
        var faults = new Dictionary<string, int>(StringComparer.Ordinal);
        int marked = 0, sentenceStarts = 0, clean = 0;
        long bytes = 0;
        for (var i = 0; i < inputs.Count; i++)
        {
            var snippet = Write(candidate, offset + i, out var error);
            var problems = error is null ? SnippetQuality.Problems(snippet, inputs[i].Text) : ["threw"];
            foreach (var problem in problems)
            {
                faults[problem] = faults.GetValueOrDefault(problem) + 1;
            }

            clean += problems.Count == 0 ? 1 : 0;
            marked += snippet.Contains("<mark>", StringComparison.Ordinal) ? 1 : 0;
            sentenceStarts += SnippetQuality.BeginsSentence(snippet, inputs[i].Text) ? 1 : 0;
            bytes += System.Text.Encoding.UTF8.GetByteCount(snippet);
        }

        var share = (double)clean / inputs.Count;
        Console.WriteLine($"XQuAD {set}: {share:P1} without fault, {(double)marked / inputs.Count:P1} with a word marked, {(double)sentenceStarts / inputs.Count:P1} begin a sentence, "
            + $"{bytes / (double)inputs.Count:F0} bytes of HTML a hit; faults: {(faults.Count == 0 ? "none" : string.Join(", ", faults.OrderByDescending(f => f.Value).Select(f => $"{f.Key} {f.Value}")))}");
        results.Add(new Figure(Name, $"{candidate.Name}: XQuAD {set} without fault", share * 100, "%"));
    }

    private void Time(ISnippetCandidate candidate, string set, int offset, int count, int passes)
    {
        for (var i = 0; i < count; i++)
        {
            Write(candidate, offset + i, out _);
        }

        var samples = new List<double>(count * passes);
        for (var pass = 0; pass < passes; pass++)
        {
            for (var i = 0; i < count; i++)
            {
                var started = Stopwatch.GetTimestamp();
                Write(candidate, offset + i, out _);
                samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds * 1000);
            }
        }

        var stats = LatencyStats.Of(samples);
        Console.WriteLine($"per hit on {set}: median {stats.Median:F0} µs, p90 {stats.P90:F0}, p99 {stats.P99:F0}, mean {stats.Mean:F0} (n={stats.Count})");
        results.Add(new Figure(Name, $"{candidate.Name}: per hit on {set} p50", stats.Median, "µs"));
        results.Add(new Figure(Name, $"{candidate.Name}: per hit on {set} p99", stats.P99, "µs"));
    }

    private static string Write(ISnippetCandidate candidate, int index, out string? error)
    {
        try
        {
            error = null;
            return candidate.Write(index);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            error = e.GetType().Name + ": " + e.Message;
            return "";
        }
    }

    /// <summary>The body as the index stores it: the Markdown made plain, one line per block.</summary>
    private static string Body(SearchDocumentBuilder documents, string culture, string markdown)
    {
        var item = new ContentItem { ContentId = "snippet", Culture = culture, Type = ContentTypes.Page, Slug = "snippet", Status = ContentStatus.Published, PublishedVersion = 1 };
        var version = new ContentVersion { ContentId = "snippet", Culture = culture, Number = 1, Title = "", Body = markdown, Html = "", FieldsJson = "{}" };
        return documents.Build(item, version).Get(SearchFields.Body, CultureInfo.InvariantCulture);
    }
}
