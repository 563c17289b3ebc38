namespace Portal.Search.Querying;

public sealed record SearchResult(string Query, int Total, int Page, int Size, IReadOnlyList<SearchHit> Hits, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets);
