using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Portal.Search.Querying;

/// <summary>
/// Takes out of a rewritten query the terms no document of the index holds, and what only they made up.
/// A word is looked for in every culture whose script it can be written in, and most of those cultures'
/// fields never hold it: each such culture still cost a clause, and each word a disjunction where bare
/// Lucene scores one term. The terms that are kept carry the counts read here, so they are not looked
/// up a second time. Ranking is unchanged: what is taken out matched nothing, the query norm it still
/// moves scales every document alike, and an optional clause that matches nothing stays where it is
/// (the coordination factor counts it).
/// </summary>
public static class AbsentTermPruner
{
    /// <summary>The query without its absent parts; a query that cannot match at all becomes an empty one.</summary>
    public static Query Prune(IndexSearcher searcher, Query rewritten)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        ArgumentNullException.ThrowIfNull(rewritten);
        return Pruned(searcher.TopReaderContext, rewritten) is { } pruned ? searcher.Rewrite(pruned) : new BooleanQuery();
    }

    private static Query? Pruned(IndexReaderContext top, Query query) => query switch
    {
        TermQuery term => Term(top, term),
        DisjunctionMaxQuery any => Any(top, any),
        BooleanQuery all when all.MinimumNumberShouldMatch == 0 => All(top, all),
        // A phrase's weight looks its terms up itself, and one that is absent leaves it without a scorer:
        // looking them up here as well cost more than it saved.
        _ => query,
    };

    private static TermQuery? Term(IndexReaderContext top, TermQuery query)
    {
        var states = TermContext.Build(top, query.Term);
        return states.DocFreq == 0 ? null : new TermQuery(query.Term, states) { Boost = query.Boost };
    }

    private static DisjunctionMaxQuery? Any(IndexReaderContext top, DisjunctionMaxQuery query)
    {
        var kept = new DisjunctionMaxQuery(query.TieBreakerMultiplier) { Boost = query.Boost };
        foreach (var disjunct in query.Disjuncts)
        {
            if (Pruned(top, disjunct) is { } one)
            {
                kept.Add(one);
            }
        }

        return kept.Disjuncts.Count == 0 ? null : kept;
    }

    private static BooleanQuery? All(IndexReaderContext top, BooleanQuery query)
    {
        var kept = new BooleanQuery(query.CoordDisabled) { Boost = query.Boost };
        var matches = false;
        foreach (var clause in query.Clauses)
        {
            switch (Pruned(top, clause.Query), clause.Occur)
            {
                case (null, Occur.MUST):
                    return null;
                case (null, Occur.MUST_NOT):
                    break;
                case (null, _):
                    // Kept though it matches nothing: the coordination factor counts it, and dropping it would
                    // weigh these clauses against the boosts (and the other cultures) differently.
                    kept.Add(clause.Query, clause.Occur);
                    break;
                case var (pruned, occur):
                    kept.Add(pruned, occur);
                    matches |= occur != Occur.MUST_NOT;
                    break;
            }
        }

        return matches ? kept : null;
    }
}
