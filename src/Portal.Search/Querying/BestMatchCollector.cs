using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Portal.Search.Querying;

/// <summary>
/// The one collector of a search by relevance: it counts the matches, hands each to the facets, and
/// keeps the best <c>size</c> by their score times their recency (<see cref="Recency.Factor"/>)
/// in a heap of its own. One collector instead of a chain of four (total, facets, recency, top) saves
/// three indirect calls per match, and a search visits tens of thousands of matches.
/// </summary>
public sealed class BestMatchCollector(int size, long nowSeconds, FacetCounter facets) : ICollector
{
    private readonly float[] scores = new float[Math.Max(size, 1)];
    private readonly int[] docs = new int[Math.Max(size, 1)];
    private int held;
    private int docBase;
    private long[] published = [];
    private Scorer? scorer;

    public int TotalHits { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetNextReader(AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        docBase = context.DocBase;
        published = SegmentTables.Of(context.AtomicReader).Published;
        facets.SetNextReader(context);
    }

    public void SetScorer(Scorer scorer) => this.scorer = scorer;

    public void Collect(int doc)
    {
        TotalHits++;
        facets.Collect(doc);
        var score = scorer!.GetScore() * Recency.Factor(published[doc], nowSeconds);
        var global = docBase + doc;
        if (held < scores.Length)
        {
            scores[held] = score;
            docs[held] = global;
            Up(held++);
        }
        else if (Better(score, global, scores[0], docs[0]))
        {
            scores[0] = score;
            docs[0] = global;
            Down(0);
        }
    }

    /// <summary>The documents kept, best first; equal scores in document order.</summary>
    public ScoreDoc[] Best()
    {
        var best = new ScoreDoc[held];
        for (var i = 0; i < held; i++)
        {
            best[i] = new ScoreDoc(docs[i], scores[i]);
        }

        Array.Sort(best, static (a, b) => Better(a.Score, a.Doc, b.Score, b.Doc) ? -1 : Better(b.Score, b.Doc, a.Score, a.Doc) ? 1 : 0);
        return best;
    }

    private static bool Better(float score, int doc, float thanScore, int thanDoc) => score > thanScore || (score == thanScore && doc < thanDoc);

    // A min-heap: the worst document kept is at the root, the first to give way.
    private void Up(int i)
    {
        while (i > 0 && Better(scores[(i - 1) / 2], docs[(i - 1) / 2], scores[i], docs[i]))
        {
            Swap(i, (i - 1) / 2);
            i = (i - 1) / 2;
        }
    }

    private void Down(int i)
    {
        while (true)
        {
            var (left, right, worst) = ((2 * i) + 1, (2 * i) + 2, i);
            if (left < held && Better(scores[worst], docs[worst], scores[left], docs[left]))
            {
                worst = left;
            }

            if (right < held && Better(scores[worst], docs[worst], scores[right], docs[right]))
            {
                worst = right;
            }

            if (worst == i)
            {
                return;
            }

            Swap(i, worst);
            i = worst;
        }
    }

    private void Swap(int a, int b)
    {
        (scores[a], scores[b]) = (scores[b], scores[a]);
        (docs[a], docs[b]) = (docs[b], docs[a]);
    }
}
