using System.Text.RegularExpressions;

namespace Portal.Benchmarks.Search;

/// <summary>
/// Draws the query set from the corpus, the same for the same seed: for each query a public item
/// picked at random and words of its title and summary. 60% are one to three words, 15% a quoted
/// phrase of two words that stand together, 25% one or two words with a facet filter the item has.
/// Chinese words are two to four characters cut from a run of Han characters.
/// </summary>
public static partial class QuerySetBuilder
{
    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "and", "for", "with", "from", "into", "that", "this", "are", "was", "were", "has", "have", "had", "its",
        "their", "our", "after", "before", "over", "under", "about", "more", "than", "also", "all", "per", "out", "not",
        "les", "des", "une", "est", "dans", "par", "pour", "con", "los", "las", "del", "por", "para", "que", "una", "для", "что", "как",
    };

    public static IReadOnlyList<BenchmarkQuery> Draw(IReadOnlyList<CorpusItem> items, int count, int seed)
    {
        var random = new Random(seed);
        var queries = new List<BenchmarkQuery>(count);
        while (queries.Count < count)
        {
            var item = items[random.Next(items.Count)];
            var tokens = Token().Matches(item.Text).Select(m => m.Value).ToList();
            var roll = random.NextDouble();
            var query = roll < 0.60 ? Words(item, tokens, random, random.Next(1, 4))
                : roll < 0.75 ? Phrase(item, tokens, random)
                : Filtered(item, Words(item, tokens, random, random.Next(1, 3)), random);
            if (query is not null)
            {
                queries.Add(query);
            }
        }

        return queries;
    }

    private static BenchmarkQuery? Words(CorpusItem item, List<string> tokens, Random random, int count)
    {
        var words = tokens.Where(IsWord).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        var start = random.Next(Math.Max(1, words.Count - count + 1));
        return new BenchmarkQuery([.. words.Skip(start).Take(count).Select(w => IsHan(w) ? Cut(w, random) : w)], IsPhrase: false, item.Culture);
    }

    private static BenchmarkQuery? Phrase(CorpusItem item, List<string> tokens, Random random)
    {
        var starts = Enumerable.Range(0, Math.Max(0, tokens.Count - 1))
            .Where(i => IsWord(tokens[i]) && IsWord(tokens[i + 1]) && !IsHan(tokens[i]) && !IsHan(tokens[i + 1]))
            .ToList();
        if (starts.Count == 0)
        {
            return null;
        }

        var i = starts[random.Next(starts.Count)];
        return new BenchmarkQuery([tokens[i], tokens[i + 1]], IsPhrase: true, item.Culture);
    }

    private static BenchmarkQuery? Filtered(CorpusItem item, BenchmarkQuery? words, Random random)
    {
        var facets = new List<(string Facet, string Value)> { ("type", item.Type) };
        facets.AddRange(item.Clusters.Select(v => ("cluster", v)));
        facets.AddRange(item.Countries.Select(v => ("country", v)));
        facets.AddRange(item.Hazards.Select(v => ("hazard", v)));
        var (facet, value) = facets[random.Next(facets.Count)];
        return words is null ? null : words with { Facet = facet, FacetValue = value };
    }

    private static bool IsWord(string token) => IsHan(token) ? token.Length >= 2 : token.Length >= 3 && !StopWords.Contains(token);

    private static bool IsHan(string token) => token[0] is >= '\u3400' and <= '\u9fff';

    private static string Cut(string han, Random random)
    {
        var length = Math.Min(han.Length, random.Next(2, 5));
        return han.Substring(random.Next(han.Length - length + 1), length);
    }

    [GeneratedRegex(@"[\p{L}\p{Mn}]+")]
    private static partial Regex Token();
}
