namespace Portal.Search.Querying;

/// <summary>The analysed terms a query looks for, per culture, and its prefixes: what snippets mark.</summary>
public sealed class QueryTerms
{
    private readonly Dictionary<string, HashSet<string>> byCulture = new(StringComparer.Ordinal);

    public List<string> Prefixes { get; } = [];

    public void Add(string culture, string term)
    {
        if (!byCulture.TryGetValue(culture, out var terms))
        {
            byCulture[culture] = terms = new HashSet<string>(StringComparer.Ordinal);
        }

        terms.Add(term);
    }

    /// <param name="term">The analysed term (a stem, a bigram).</param>
    /// <param name="word">The text it came from, which a prefix is matched against.</param>
    public bool Matches(string culture, string term, ReadOnlySpan<char> word)
    {
        if (byCulture.TryGetValue(culture, out var terms) && terms.Contains(term))
        {
            return true;
        }

        foreach (var prefix in Prefixes)
        {
            if (word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public int CountIn(string culture) => byCulture.TryGetValue(culture, out var terms) ? terms.Count : 0;
}
