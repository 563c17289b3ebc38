using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Portal.Search.Indexing;

namespace Portal.Search.Querying;

/// <summary>
/// Counts the facet values of every document that matches, whatever page is shown: the matches of a
/// segment are only noted as they come, then counted by ordinal from the segment's tables in memory
/// (<see cref="SegmentTables"/>) one facet at a time, in one tight loop each, and turned into values.
/// A search of what is public now (no other filter) that matched most of a segment counts what it
/// missed instead, and takes that from the segment's totals (<see cref="PublicFacetTotals"/>).
/// </summary>
/// <param name="publicUntil">The moment of a search that is filtered by publication only (seconds since 1970); null for any other.</param>
public sealed class FacetCounter(long? publicUntil = null) : ICollector, IDisposable
{
    private readonly Dictionary<string, int>[] counts = [.. SearchFields.Facets.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];
    private AtomicReader? reader;
    private SegmentTables? segment;
    private int[] docs = ArrayPool<int>.Shared.Rent(1024);
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
        reader = context.AtomicReader;
        segment = SegmentTables.Of(reader);
        // Room for every document of the segment, so that noting a match never grows the buffer: a
        // search matches a third of the index, and doubling from a small buffer copied it five times.
        if (docs.Length < reader.MaxDoc)
        {
            ReturnBuffer();
            docs = ArrayPool<int>.Shared.Rent(reader.MaxDoc);
        }
    }

    public void Collect(int doc) => docs[collected++] = doc;

    /// <summary>Gives the buffer back to the pool; the counts stay readable.</summary>
    public void Dispose()
    {
        Flush();
        ReturnBuffer();
    }

    private void ReturnBuffer()
    {
        if (docs.Length > 0)
        {
            ArrayPool<int>.Shared.Return(docs);
            docs = [];
        }
    }

    private void Flush()
    {
        if (segment is null || reader is null)
        {
            return;
        }

        // Most segments hold none of a rare word's matches: nothing to count there.
        if (collected > 0)
        {
            var matched = docs.AsSpan(0, collected);
            var totals = publicUntil is { } until ? PublicFacetTotals.Of(reader, segment, until) : null;
            if (totals is not null && collected * 2 > totals.Count)
            {
                CountMissed(totals, matched);
            }
            else
            {
                for (var facet = 0; facet < segment.Values.Length; facet++)
                {
                    Add(facet, FacetTally.Count(segment, facet, matched), sign: 1);
                }
            }
        }

        (reader, segment, collected) = (null, null, 0);
    }

    /// <summary>The segment's totals, less the counts of the public documents that did not match.</summary>
    private void CountMissed(PublicFacetTotals totals, ReadOnlySpan<int> matched)
    {
        var words = (reader!.MaxDoc + 63) / 64;
        var bits = ArrayPool<long>.Shared.Rent(words);
        var missed = ArrayPool<int>.Shared.Rent(Math.Max(totals.Count - matched.Length, 1));
        try
        {
            Array.Clear(bits, 0, words);
            foreach (var doc in matched)
            {
                bits[doc >> 6] |= 1L << (doc & 63);
            }

            var n = totals.Missed(bits.AsSpan(0, words), missed);
            for (var facet = 0; facet < segment!.Values.Length; facet++)
            {
                Add(facet, totals.Tallies[facet], sign: 1);
                Add(facet, FacetTally.Count(segment, facet, missed.AsSpan(0, n)), sign: -1);
            }
        }
        finally
        {
            ArrayPool<long>.Shared.Return(bits);
            ArrayPool<int>.Shared.Return(missed);
        }
    }

    private void Add(int facet, int[] tally, int sign)
    {
        var values = segment!.Values[facet];
        for (var k = 1; k < tally.Length; k++)
        {
            if (tally[k] != 0)
            {
                var value = values[k - 1];
                var count = counts[facet].GetValueOrDefault(value) + (sign * tally[k]);
                if (count == 0)
                {
                    counts[facet].Remove(value);
                }
                else
                {
                    counts[facet][value] = count;
                }
            }
        }
    }
}
