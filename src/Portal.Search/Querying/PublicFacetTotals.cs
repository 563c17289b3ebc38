using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Portal.Search.Querying;

/// <summary>
/// For one segment, which documents are public at a moment (live, published by then) and their facet
/// counts (<see cref="FacetTally"/>'s layout). A search of common words matches most of what is public:
/// its facets are these totals less the counts of the few public documents it missed, a fraction of the
/// work. The same documents are public until the segment's next scheduled publication, so the totals
/// are kept per segment reader (deletions give a new one) and read again only after that moment.
/// </summary>
public sealed class PublicFacetTotals
{
    private static readonly ConditionalWeakTable<AtomicReader, PublicFacetTotals> Latest = [];

    private readonly long[] accepted;
    private readonly long validFrom;
    private readonly long validUntil;

    private PublicFacetTotals(AtomicReader reader, SegmentTables tables, long until)
    {
        var live = reader.LiveDocs;
        accepted = new long[(reader.MaxDoc + 63) / 64];
        var (latest, next) = (long.MinValue, long.MaxValue);
        var docs = new List<int>();
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (live is not null && !live.Get(doc))
            {
                continue;
            }

            var published = tables.Published[doc];
            if (published > until)
            {
                next = Math.Min(next, published);
                continue;
            }

            latest = Math.Max(latest, published);
            accepted[doc >> 6] |= 1L << (doc & 63);
            docs.Add(doc);
        }

        (validFrom, validUntil, Count) = (latest, next, docs.Count);
        Tallies = [.. Enumerable.Range(0, tables.Values.Length).Select(facet => FacetTally.Count(tables, facet, [.. docs]))];
    }

    /// <summary>How many documents of the segment are public.</summary>
    public int Count { get; }

    /// <summary>Per facet, the tally of every public document.</summary>
    public int[][] Tallies { get; }

    /// <summary>The totals of the segment for a search of what is public at <paramref name="until"/> (seconds since 1970).</summary>
    public static PublicFacetTotals Of(AtomicReader reader, SegmentTables tables, long until)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(tables);
        if (Latest.TryGetValue(reader, out var kept) && kept.validFrom <= until && until < kept.validUntil)
        {
            return kept;
        }

        var totals = new PublicFacetTotals(reader, tables, until);
        Latest.AddOrUpdate(reader, totals);
        return totals;
    }

    /// <summary>The public documents not among <paramref name="matched"/> (all of them public), into <paramref name="missed"/>; returns how many.</summary>
    /// <param name="matched">Set bits of the matched documents, one per document of the segment.</param>
    public int Missed(ReadOnlySpan<long> matched, Span<int> missed)
    {
        var n = 0;
        for (var word = 0; word < accepted.Length; word++)
        {
            var bits = accepted[word] & ~matched[word];
            while (bits != 0)
            {
                missed[n++] = (word << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
            }
        }

        return n;
    }
}
