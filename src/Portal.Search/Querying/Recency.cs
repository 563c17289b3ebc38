namespace Portal.Search.Querying;

/// <summary>
/// Prefers recent items slightly: the relevance score is multiplied by 1 + 0.2 / (1 + age in
/// years), so an item of this year gains up to 20% and one of five years ago about 3%. Enough to
/// order near-equal matches, never enough to lift a weak match over a strong one. Applied as each
/// match is collected (<see cref="BestMatchCollector"/>), not by wrapping the query, so that Lucene
/// can still score a disjunction of words in bulk, out of document order.
/// </summary>
public static class Recency
{
    private const double SecondsPerYear = 365.25 * 24 * 3600;

    /// <summary>What an item published at <paramref name="publishedSeconds"/> has its score multiplied by at <paramref name="nowSeconds"/>.</summary>
    public static float Factor(long publishedSeconds, long nowSeconds) => (float)(1 + (0.2 / (1 + (Math.Max(0, nowSeconds - publishedSeconds) / SecondsPerYear))));
}
