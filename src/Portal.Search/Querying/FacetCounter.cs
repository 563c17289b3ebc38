using Lucene.Net.Index;
using Lucene.Net.Search;
using Portal.Search.Indexing;

namespace Portal.Search.Querying;

/// <summary>
/// Counts the facet values of every document that matches, whatever page is shown: per segment by
/// ordinal from the segment's tables in memory (<see cref="SegmentTables"/>), turned into values
/// when the segment is done.
/// </summary>
public sealed class FacetCounter : ICollector
{
    private readonly Dictionary<string, int>[] counts = [.. SearchFields.Facets.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];
    private SegmentTables? segment;
    private int[][] segmentCounts = [];

    public bool AcceptsDocsOutOfOrder => true;

    public IReadOnlyDictionary<string, Dictionary<string, int>> Counts
    {
        get
        {
            Flush();
            return SearchFields.Facets.Select((facet, i) => (facet, i)).ToDictionary(x => x.facet, x => counts[x.i]);
        }
    }

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Flush();
        segment = SegmentTables.Of(context.AtomicReader);
        segmentCounts = [.. segment.Values.Select(values => new int[values.Length])];
    }

    public void Collect(int doc)
    {
        var facets = segment!;
        for (var facet = 0; facet < segmentCounts.Length; facet++)
        {
            var (starts, ordinals, tally) = (facets.Starts[facet], facets.Ordinals[facet], segmentCounts[facet]);
            for (var i = starts[doc]; i < starts[doc + 1]; i++)
            {
                tally[ordinals[i]]++;
            }
        }
    }

    private void Flush()
    {
        if (segment is null)
        {
            return;
        }

        for (var facet = 0; facet < segmentCounts.Length; facet++)
        {
            for (var ordinal = 0; ordinal < segmentCounts[facet].Length; ordinal++)
            {
                if (segmentCounts[facet][ordinal] is var count and > 0)
                {
                    var value = segment.Values[facet][ordinal];
                    counts[facet][value] = counts[facet].GetValueOrDefault(value) + count;
                }
            }
        }

        segment = null;
    }
}
