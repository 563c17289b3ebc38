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

    public bool Matches(string culture, string term) =>
        byCulture.TryGetValue(culture, out var terms) && terms.Contains(term)
        || Prefixes.Exists(p => term.StartsWith(p, StringComparison.Ordinal));

    public int CountIn(string culture) => byCulture.TryGetValue(culture, out var terms) ? terms.Count : 0;
}
