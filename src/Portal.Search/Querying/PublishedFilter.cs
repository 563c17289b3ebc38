using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Portal.Search.Querying;

/// <summary>
/// Documents published between two moments (seconds since 1970, both included): public now, and within
/// a search's <c>from</c> and <c>to</c>; and, given keyword terms (<c>cluster:...</c>, a type), only
/// the documents that have all of them. Publication is checked per candidate from the segment's
/// publication times in memory, so it costs nothing to prepare; keywords are read once per segment into
/// a bit set. Either way the query meets the filter as its accepted documents, which keeps a
/// disjunction of words scored in bulk: as required clauses, keywords made it one document at a time.
/// </summary>
public sealed class PublishedFilter(long? from, long until, IReadOnlyList<Term>? keywords = null) : Filter
{
    public long? From => from;

    public long Until => until;

    /// <summary>The moment of a filter by publication alone (everything public then, nothing else asked for); null for any other.</summary>
    public long? OnlyPublicAt => from is null && keywords is not { Count: > 0 } ? until : null;

    /// <summary>Every match of <paramref name="query"/> that this filter accepts, to <paramref name="collector"/>; see the other overload.</summary>
    public void Collect(IndexSearcher searcher, Query query, ICollector collector)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        Collect(searcher, searcher.CreateNormalizedWeight(query), collector);
    }

    /// <summary>
    /// Every match of <paramref name="weight"/> that this filter accepts, segment by segment, to
    /// <paramref name="collector"/>: the filter's documents are handed to the query as the accepted ones,
    /// which keeps a disjunction of words scored in bulk, a window of documents at a time. Searching with
    /// the filter through <see cref="IndexSearcher"/> would wrap it in a <see cref="FilteredQuery"/>,
    /// which scores one document at a time, three times slower.
    /// </summary>
    public void Collect(IndexSearcher searcher, Weight weight, ICollector collector)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        ArgumentNullException.ThrowIfNull(weight);
        ArgumentNullException.ThrowIfNull(collector);
        foreach (var segment in searcher.IndexReader.Leaves)
        {
            if (GetDocIdSet(segment, segment.AtomicReader.LiveDocs)?.Bits is not { } accepted)
            {
                continue;
            }

            collector.SetNextReader(segment);
            weight.GetBulkScorer(segment, !collector.AcceptsDocsOutOfOrder, accepted)?.Score(collector);
        }
    }

    public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
    {
        ArgumentNullException.ThrowIfNull(context);
        var published = SegmentTables.Of(context.AtomicReader).Published;
        var earliest = from ?? long.MinValue;
        if (keywords is not { Count: > 0 })
        {
            return new FieldCacheDocIdSet(context.AtomicReader.MaxDoc, acceptDocs, doc => published[doc] >= earliest && published[doc] <= until);
        }

        FixedBitSet? all = null;
        foreach (var keyword in keywords)
        {
            var docs = context.AtomicReader.GetTermDocsEnum(keyword);
            var one = new FixedBitSet(context.AtomicReader.MaxDoc);
            int doc;
            while (docs is not null && (doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                if ((acceptDocs is null || acceptDocs.Get(doc)) && published[doc] >= earliest && published[doc] <= until)
                {
                    one.Set(doc);
                }
            }

            if (all is null)
            {
                all = one;
            }
            else
            {
                all.And(one);
            }
        }

        return all!;
    }
}
