using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Portal.Search.Indexing;

namespace Portal.Search.Querying;

/// <summary>
/// What a search reads for every document that matches, held in memory per segment: the publication
/// time of each document (filter and recency), and per facet the ordinals of each document
/// (<c>Ordinals[Starts[doc]..Starts[doc + 1]]</c>) with the value of each ordinal. Lucene's doc values
/// go to the index file on every call, which made the publication filter, the recency score and
/// counting facets over tens of thousands of matches the slowest part of a search. Facets are read from
/// the postings of their keyword fields. A segment never changes, so its tables are built once (when a
/// refreshed searcher is warmed) and kept as long as the segment lives.
/// </summary>
public sealed class SegmentTables
{
    private static readonly ConditionalWeakTable<object, SegmentTables> BySegment = [];

    private SegmentTables(AtomicReader segment)
    {
        Published = new long[segment.MaxDoc];
        if (segment.GetNumericDocValues(SearchFields.PublishedValue) is { } published)
        {
            for (var doc = 0; doc < Published.Length; doc++)
            {
                Published[doc] = published.Get(doc);
            }
        }

        var count = SearchFields.Facets.Count;
        Starts = new int[count][];
        Ordinals = new int[count][];
        Values = new string[count][];
        OneValued = new int[]?[count];
        for (var facet = 0; facet < count; facet++)
        {
            (Starts[facet], Ordinals[facet], Values[facet]) = Read(segment, SearchFields.Facets[facet]);
            OneValued[facet] = SingleValued(Starts[facet], Ordinals[facet]);
        }
    }

    /// <summary>Each document's publication time, in seconds since 1970.</summary>
    public long[] Published { get; }

    /// <summary>Per facet (in the order of <see cref="SearchFields.Facets"/>), where each document's ordinals start.</summary>
    public int[][] Starts { get; }

    public int[][] Ordinals { get; }

    /// <summary>Per facet, the value of each ordinal.</summary>
    public string[][] Values { get; }

    /// <summary>Per facet whose documents have one value at most in this segment, each document's ordinal plus one (0: none); otherwise null.</summary>
    public int[]?[] OneValued { get; }

    public static SegmentTables Of(AtomicReader segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        return BySegment.GetValue(segment.CoreCacheKey, _ => new SegmentTables(segment));
    }

    private static int[]? SingleValued(int[] starts, int[] ordinals)
    {
        var single = new int[starts.Length - 1];
        for (var doc = 0; doc < single.Length; doc++)
        {
            switch (starts[doc + 1] - starts[doc])
            {
                case 0:
                    break;
                case 1:
                    single[doc] = ordinals[starts[doc]] + 1;
                    break;
                default:
                    return null;
            }
        }

        return single;
    }

    private static (int[] Starts, int[] Ordinals, string[] Values) Read(AtomicReader segment, string field)
    {
        var starts = new int[segment.MaxDoc + 1];
        var values = new List<string>();
        var postings = new List<(int Doc, int Ordinal)>();
        var terms = segment.GetTerms(field)?.GetEnumerator();
        DocsEnum? docs = null;
        while (terms?.MoveNext() == true)
        {
            values.Add(terms.Term.Utf8ToString());
            docs = terms.Docs(null, docs, DocsFlags.NONE);
            int doc;
            while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                starts[doc + 1]++;
                postings.Add((doc, values.Count - 1));
            }
        }

        for (var doc = 0; doc < segment.MaxDoc; doc++)
        {
            starts[doc + 1] += starts[doc];
        }

        var next = starts[..^1];
        var ordinals = new int[postings.Count];
        foreach (var (doc, ordinal) in postings)
        {
            ordinals[next[doc]++] = ordinal;
        }

        return (starts, ordinals, [.. values]);
    }
}
