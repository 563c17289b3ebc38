using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Portal.Content.Taxonomies;
using Portal.Search.Indexing;

namespace Portal.Search.Querying;

/// <summary>
/// "Did you mean": for a query one of whose words is found nowhere in the index (so that no public item
/// holds all its words, however many hold some), the same query with each such word replaced by the
/// nearest word the index knows, the asked culture's first. A word that is found stays as typed. The
/// suggestion is offered only when more public items hold all of its words than hold all the typed
/// ones: a correction that finds nothing more is no help.
/// </summary>
/// <remarks>
/// Corrections come from the unstemmed words of titles and summaries (a stem such as "insur" is no
/// word to offer), checked against the culture's own analysed fields. Chinese has no spaces: a run of
/// Han characters is corrected one character at a time, only where both bigrams around it are unknown
/// and only into a run whose every bigram the Chinese fields hold, so that two real words typed
/// together (宁波海绵城市, whose middle bigram 波海 is no word) are never "corrected".
/// </remarks>
public sealed partial class SpellingSuggester(SearchIndex index, CultureAnalyzers analyzers, SearchQueryBuilder builder, Taxonomy taxonomy, TimeProvider clock)
{
    /// <summary>Shorter words are too often names or abbreviations to correct.</summary>
    public const int MinWordLength = 4;

    /// <summary>Near words examined per misspelt word: the index's vocabulary is large, a suggestion is cheap.</summary>
    private const int MaxCandidates = 200;

    /// <summary>
    /// Past these, a query is not a typed search but pasted text (or an attack on the suggester's time):
    /// words looked at, words corrected, and Han characters in a run.
    /// </summary>
    private const int MaxWords = 32, MaxCorrections = 5, MaxHanRun = 24;

    private const string ChineseCulture = "zh";

    public string? Suggest(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parsed = UserQuery.Parse(request.Query);
        if (parsed.Words.Count is 0 or > MaxWords || string.IsNullOrWhiteSpace(request.Query))
        {
            return null;
        }

        var culture = request.Culture ?? taxonomy.Site.DefaultCulture;
        return index.Search(searcher =>
        {
            var reader = searcher.IndexReader;
            var corrections = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var word in parsed.Words.Distinct(StringComparer.Ordinal))
            {
                if (!IsKnown(reader, word) && Correct(reader, word, culture) is { } correction)
                {
                    corrections[word] = correction;
                    if (corrections.Count == MaxCorrections)
                    {
                        break;
                    }
                }
            }

            if (corrections.Count == 0)
            {
                return null;
            }

            var suggested = Rewrite(request.Query, corrections);
            var now = SearchDocumentBuilder.ToSeconds(clock.GetUtcNow().UtcDateTime);
            var typed = Holding(searcher, request, parsed, now);
            var better = Holding(searcher, request with { Query = suggested }, UserQuery.Parse(suggested), now);
            return better > typed ? suggested : null;
        });
    }

    /// <summary>Found in some culture: each of the word's terms, analysed as that culture, is in its fields. A word of stop words only is known.</summary>
    private bool IsKnown(IndexReader reader, string word)
    {
        var analysed = false;
        foreach (var culture in analyzers.Cultures)
        {
            var terms = Analyze(culture, word);
            if (terms.Count == 0)
            {
                continue;
            }

            analysed = true;
            if (terms.TrueForAll(term => DocFreq(reader, culture, term) > 0))
            {
                return true;
            }
        }

        return !analysed;
    }

    private string? Correct(IndexReader reader, string word, string culture)
    {
        if (word.Any(CultureScripts.IsHan))
        {
            return word.All(CultureScripts.IsHan) ? CorrectHan(reader, word) : null;
        }

        var lower = word.ToLowerInvariant();
        if (lower.Length < MinWordLength || MultiFields.GetTerms(reader, SearchFields.Words) is not { } terms)
        {
            return null;
        }

        (string Word, bool InCulture, int Distance, int Frequency)? best = null;
        var maxEdits = lower.Length >= 6 ? 2 : 1;
        var fuzzy = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(SearchFields.Words, lower), maxEdits, prefixLength: 1, transpositions: true);
        var examined = 0;
        while (examined++ < MaxCandidates && fuzzy.MoveNext())
        {
            var candidate = fuzzy.Term.Utf8ToString();
            if (candidate == lower || candidate.Length < MinWordLength)
            {
                continue;
            }

            var (inCulture, frequency) = Frequency(reader, candidate, culture);
            if (frequency == 0)
            {
                continue;
            }

            var distance = EditDistance(lower, candidate);
            if (best is not { } b || (inCulture, -distance, frequency).CompareTo((b.InCulture, -b.Distance, b.Frequency)) > 0)
            {
                best = (candidate, inCulture, distance, frequency);
            }
        }

        return best?.Word;
    }

    /// <summary>
    /// How often a candidate's terms occur (the rarest of them), in the asked culture's fields when it has
    /// them there, else in another culture's.
    /// </summary>
    private (bool InCulture, int Frequency) Frequency(IndexReader reader, string candidate, string culture)
    {
        foreach (var each in new[] { culture }.Concat(analyzers.Cultures.Where(c => c != culture)))
        {
            var terms = Analyze(each, candidate);
            if (terms.Count > 0 && terms.Min(term => DocFreq(reader, each, term)) is var rarest and > 0)
            {
                return (each == culture, rarest);
            }
        }

        return (false, 0);
    }

    /// <summary>One character replaced, where both its bigrams are unknown, by the one that makes every bigram of the run known and frequent.</summary>
    private static string? CorrectHan(IndexReader reader, string word)
    {
        var n = word.Length;
        if (n is < 2 or > MaxHanRun)
        {
            return null;
        }

        var known = Enumerable.Range(0, n - 1).Select(i => DocFreq(reader, ChineseCulture, word.Substring(i, 2)) > 0).ToArray();
        (string Word, int Frequency)? best = null;
        for (var i = 0; i < n; i++)
        {
            var leftUnknown = i == 0 || !known[i - 1];
            var rightUnknown = i == n - 1 || !known[i];
            if (!leftUnknown || !rightUnknown)
            {
                continue;
            }

            foreach (var replacement in Replacements(reader, word, i))
            {
                var candidate = string.Concat(word.AsSpan(0, i), replacement.ToString(), word.AsSpan(i + 1));
                var frequency = Enumerable.Range(Math.Max(0, i - 1), Math.Min(n - 1, i + 1) - Math.Max(0, i - 1))
                    .Min(j => DocFreq(reader, ChineseCulture, candidate.Substring(j, 2)));
                if (frequency > 0 && (best is not { } b || frequency > b.Frequency))
                {
                    best = (candidate, frequency);
                }
            }
        }

        return best?.Word;
    }

    /// <summary>The characters the body's bigrams put at position <paramref name="i"/> beside its neighbour (the left one where there is one).</summary>
    private static IEnumerable<char> Replacements(IndexReader reader, string word, int i)
    {
        if (MultiFields.GetTerms(reader, SearchFields.BodyIn(ChineseCulture)) is not { } terms)
        {
            yield break;
        }

        var found = new HashSet<char>();
        var bigram = i > 0 ? word.Substring(i - 1, 2) : word[..2];
        var fuzzy = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(SearchFields.BodyIn(ChineseCulture), bigram), 1, prefixLength: i > 0 ? 1 : 0, transpositions: false);
        var examined = 0;
        while (examined++ < MaxCandidates && fuzzy.MoveNext())
        {
            var term = fuzzy.Term.Utf8ToString();
            if (term.Length != 2 || !CultureScripts.IsHan(term[0]) || !CultureScripts.IsHan(term[1]))
            {
                continue;
            }

            // Left neighbour kept: the term is "neighbour x"; at the start the right neighbour is kept: "x neighbour".
            var (kept, changed) = i > 0 ? (term[0], term[1]) : (term[1], term[0]);
            if (kept == (i > 0 ? word[i - 1] : word[1]) && changed != word[i] && found.Add(changed))
            {
                yield return changed;
            }
        }
    }

    /// <summary>Public items, within the request's filters, that hold every word of the query (in some culture, all of a word's terms).</summary>
    private int Holding(IndexSearcher searcher, SearchRequest request, UserQuery parsed, long now)
    {
        var all = new BooleanQuery();
        foreach (var word in parsed.Words)
        {
            var inSomeCulture = new BooleanQuery();
            foreach (var culture in analyzers.Cultures)
            {
                var terms = Analyze(culture, word);
                if (terms.Count == 0)
                {
                    continue;
                }

                // A body begins with its title and summary: it holds every word of the item.
                var everyTerm = new BooleanQuery();
                foreach (var term in terms)
                {
                    everyTerm.Add(new TermQuery(new Term(SearchFields.BodyIn(culture), term)), Occur.MUST);
                }

                inSomeCulture.Add(everyTerm, Occur.SHOULD);
            }

            if (inSomeCulture.Clauses.Count > 0)
            {
                all.Add(inSomeCulture, Occur.MUST);
            }
        }

        if (all.Clauses.Count == 0)
        {
            return 0;
        }

        var count = new TotalHitCountCollector();
        SearchService.Accepted(request, parsed, now).Collect(searcher, all, count);
        return count.TotalHits;
    }

    /// <summary>The typed text with the corrected words replaced, quoted phrases, exclusions and filters left as they were.</summary>
    private static string Rewrite(string text, Dictionary<string, string> corrections)
    {
        var parts = new List<string>();
        foreach (Match match in Token().Matches(text))
        {
            var token = match.Value;
            if (!token.StartsWith('"') && !token.StartsWith('-') && !token.Contains(':', StringComparison.Ordinal))
            {
                var word = token.Trim('*', '?', '~', '^', '(', ')', '[', ']', '{', '}', '!', '+', '\\');
                if (word.Length > 0 && corrections.TryGetValue(word, out var better))
                {
                    token = token.Replace(word, better, StringComparison.Ordinal);
                }
            }

            parts.Add(token);
        }

        return string.Join(' ', parts);
    }

    /// <summary>Items of the culture that hold the term: a body begins with its title and summary, so the body's count is the item's.</summary>
    private static int DocFreq(IndexReader reader, string culture, string term) => reader.DocFreq(new Term(SearchFields.BodyIn(culture), term));

    private List<string> Analyze(string culture, string text) => [.. builder.Analyze(culture, text).Select(t => t.Term)];

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    [GeneratedRegex("""-?"[^"]*"?|\S+""")]
    private static partial Regex Token();
}
