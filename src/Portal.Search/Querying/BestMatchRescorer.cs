using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Portal.Search.Querying;

/// <summary>
/// Scores the boosts of a search (<see cref="RankedQuery.Boosts"/>: title and summary matches, words
/// found together) on the best <see cref="Window"/> matches only, instead of on every match: titles and
/// summaries are short but made of common words, and a sloppy phrase reads the positions of every
/// document that has its words. The two queries are weighed as one (the same query norm), so that a
/// boost weighs against the first score exactly as it would as one of its clauses. A boost only adds:
/// it reorders the best matches, it never finds or drops one, and every document outside the window
/// scored at most the window's last, so the pages beyond it follow on in their first order.
/// </summary>
public static class BestMatchRescorer
{
    /// <summary>How many of the best first scores the boosts are scored on: the pages within it are ranked with them.</summary>
    public const int Window = 200;

    /// <summary>The weights of both queries, normalised together as Lucene normalises one query.</summary>
    public static (Weight Matching, Weight? Boosts) Weigh(IndexSearcher searcher, Query matching, Query? boosts)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        ArgumentNullException.ThrowIfNull(matching);
        var first = AbsentTermPruner.Prune(searcher, searcher.Rewrite(matching)).CreateWeight(searcher);
        var second = boosts is null ? null : AbsentTermPruner.Prune(searcher, searcher.Rewrite(boosts)).CreateWeight(searcher);
        var norm = searcher.Similarity.QueryNorm(first.GetValueForNormalization() + (second?.GetValueForNormalization() ?? 0));
        if (float.IsInfinity(norm) || float.IsNaN(norm))
        {
            norm = 1f;
        }

        first.Normalize(norm, 1f);
        second?.Normalize(norm, 1f);
        return (first, second);
    }

    /// <summary>
    /// The first <see cref="Window"/> matches with the boosts' score added (times the same recency), best
    /// first, then the others as they were: always the same window, so that every page of a search,
    /// however deep, is cut from one order.
    /// </summary>
    public static ScoreDoc[] Rescore(IndexSearcher searcher, Weight boosts, ScoreDoc[] best, long nowSeconds)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        ArgumentNullException.ThrowIfNull(boosts);
        ArgumentNullException.ThrowIfNull(best);
        var byDoc = best.Take(Window).Select(hit => new ScoreDoc(hit.Doc, hit.Score)).OrderBy(hit => hit.Doc).ToArray();
        var next = 0;
        foreach (var segment in searcher.IndexReader.Leaves)
        {
            var end = segment.DocBase + segment.AtomicReader.MaxDoc;
            var first = next;
            while (next < byDoc.Length && byDoc[next].Doc < end)
            {
                next++;
            }

            if (first == next)
            {
                continue;
            }

            // Only the window's documents are accepted: advancing to one, a sloppy phrase would otherwise
            // read the positions of every document between it and the last that has all the words.
            var window = new FixedBitSet(segment.AtomicReader.MaxDoc);
            for (var i = first; i < next; i++)
            {
                window.Set(byDoc[i].Doc - segment.DocBase);
            }

            if (boosts.GetScorer(segment, window) is not { } scorer)
            {
                continue;
            }

            var published = SegmentTables.Of(segment.AtomicReader).Published;
            for (var i = first; i < next; i++)
            {
                var target = byDoc[i].Doc - segment.DocBase;
                var at = scorer.DocID < target ? scorer.Advance(target) : scorer.DocID;
                if (at == DocIdSetIterator.NO_MORE_DOCS)
                {
                    break;
                }

                if (at == target)
                {
                    byDoc[i].Score += scorer.GetScore() * Recency.Factor(published[target], nowSeconds);
                }
            }
        }

        return [.. byDoc.OrderByDescending(hit => hit.Score).ThenBy(hit => hit.Doc), .. best.Skip(Window)];
    }
}
