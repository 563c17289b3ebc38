using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;
using Portal.Search.Indexing;

namespace Portal.Search.Querying;

/// <summary>
/// Prefers recent items slightly: the relevance score is multiplied by 1 + 0.2 / (1 + age in
/// years), so an item of this year gains up to 20% and one of five years ago about 3%. Enough to
/// order near-equal matches, never enough to lift a weak match over a strong one.
/// </summary>
public sealed class RecencyQuery(Query query, long nowSeconds) : CustomScoreQuery(query)
{
    private const double SecondsPerYear = 365.25 * 24 * 3600;

    protected override CustomScoreProvider GetCustomScoreProvider(AtomicReaderContext context) =>
        new Provider(context, context.AtomicReader.GetNumericDocValues(SearchFields.PublishedValue), nowSeconds);

    private sealed class Provider(AtomicReaderContext context, NumericDocValues? published, long nowSeconds) : CustomScoreProvider(context)
    {
        public override float CustomScore(int doc, float subQueryScore, float valSrcScore)
        {
            if (published is null)
            {
                return subQueryScore;
            }

            var ageYears = Math.Max(0, nowSeconds - published.Get(doc)) / SecondsPerYear;
            return subQueryScore * (float)(1 + (0.2 / (1 + ageYears)));
        }
    }
}
