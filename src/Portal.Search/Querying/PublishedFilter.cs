using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Portal.Search.Querying;

/// <summary>
/// Documents published between two moments (seconds since 1970, both included): public now, and within
/// a search's <c>from</c> and <c>to</c>. Checked per candidate from the segment's publication times in
/// memory, so it costs nothing to prepare and the query meets it as accepted documents.
/// </summary>
public sealed class PublishedFilter(long? from, long until) : Filter
{
    public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
    {
        ArgumentNullException.ThrowIfNull(context);
        var published = SegmentTables.Of(context.AtomicReader).Published;
        var earliest = from ?? long.MinValue;
        return new FieldCacheDocIdSet(context.AtomicReader.MaxDoc, acceptDocs, doc => published[doc] >= earliest && published[doc] <= until);
    }
}
