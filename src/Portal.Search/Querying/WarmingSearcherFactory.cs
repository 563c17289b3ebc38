using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Portal.Search.Querying;

/// <summary>
/// Makes each refreshed searcher with the tables of its new segments already built (see <see cref="SegmentTables"/>), on the
/// thread that refreshes (after a write, or the background timer), so that no search waits for one.
/// </summary>
public sealed class WarmingSearcherFactory : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        foreach (var segment in reader.Leaves)
        {
            SegmentTables.Of(segment.AtomicReader);
        }

        return new IndexSearcher(reader);
    }
}
