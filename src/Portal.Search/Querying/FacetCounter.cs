using Lucene.Net.Index;
using Lucene.Net.Search;
using Portal.Search.Indexing;

namespace Portal.Search.Querying;

/// <summary>
/// Counts the facet values of every document that matches, whatever page is shown: the matches of a
/// segment are only noted as they come, then counted by ordinal from the segment's tables in memory
/// (<see cref="SegmentTables"/>) one facet at a time, in one tight loop each, and turned into values.
/// </summary>
public sealed class FacetCounter : ICollector
{
    private readonly Dictionary<string, int>[] counts = [.. SearchFields.Facets.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];
    private SegmentTables? segment;
    private int[] docs = new int[1024];
    private int collected;

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
    }

    public void Collect(int doc)
    {
        if (collected == docs.Length)
        {
            Array.Resize(ref docs, docs.Length * 2);
        }

        docs[collected++] = doc;
    }

    private void Flush()
    {
        if (segment is null)
        {
            return;
        }

        var matched = docs.AsSpan(0, collected);
        for (var facet = 0; facet < segment.Values.Length; facet++)
        {
            var tally = new int[segment.Values[facet].Length + 1];
            if (segment.OneValued[facet] is { } single)
            {
                // One value or none per document (a type, a year): one read per match, none counted in tally[0].
                foreach (var doc in matched)
                {
                    tally[single[doc]]++;
                }

                tally = tally[1..];
            }
            else
            {
                var (starts, ordinals) = (segment.Starts[facet], segment.Ordinals[facet]);
                foreach (var doc in matched)
                {
                    for (var i = starts[doc]; i < starts[doc + 1]; i++)
                    {
                        tally[ordinals[i]]++;
                    }
                }
            }

            for (var ordinal = 0; ordinal < tally.Length; ordinal++)
            {
                if (tally[ordinal] is var count and > 0)
                {
                    var value = segment.Values[facet][ordinal];
                    counts[facet][value] = counts[facet].GetValueOrDefault(value) + count;
                }
            }
        }

        segment = null;
        collected = 0;
    }
}
