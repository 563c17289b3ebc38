using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Portal.Search.Querying;

/// <summary>
/// Prefers recent items slightly: the relevance score is multiplied by 1 + 0.2 / (1 + age in
/// years), so an item of this year gains up to 20% and one of five years ago about 3%. Enough to
/// order near-equal matches, never enough to lift a weak match over a strong one. Applied as the
/// collector reads each score, not by wrapping the query, so that Lucene can still score a
/// disjunction of words in bulk, out of document order.
/// </summary>
public sealed class RecencyCollector(ICollector inner, long nowSeconds) : ICollector
{
    private const double SecondsPerYear = 365.25 * 24 * 3600;
    private long[] published = [];

    public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

    public void SetNextReader(AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        published = SegmentTables.Of(context.AtomicReader).Published;
        inner.SetNextReader(context);
    }

    public void SetScorer(Scorer scorer) => inner.SetScorer(new RecentFirst(scorer, this));

    public void Collect(int doc) => inner.Collect(doc);

    private float Factor(int doc) => (float)(1 + (0.2 / (1 + (Math.Max(0, nowSeconds - published[doc]) / SecondsPerYear))));

    /// <summary>The scorer the inner collector sees: the query's score of the current document, times its recency.</summary>
    private sealed class RecentFirst(Scorer scorer, RecencyCollector recency) : Scorer(scorer.Weight)
    {
        public override int DocID => scorer.DocID;

        public override int Freq => scorer.Freq;

        public override float GetScore() => scorer.GetScore() * recency.Factor(scorer.DocID);

        public override int NextDoc() => throw new NotSupportedException("a collector only reads the current document's score");

        public override int Advance(int target) => throw new NotSupportedException("a collector only reads the current document's score");

        public override long GetCost() => scorer.GetCost();
    }
}
