namespace Portal.Search.Querying;

public sealed record SearchResult(string Query, int Total, int Page, int Size, IReadOnlyList<SearchHit> Hits, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets)
{
    /// <summary>"Did you mean": a corrected query that finds more, or null (see <see cref="SpellingSuggester"/>).</summary>
    public string? Suggestion { get; init; }
}
