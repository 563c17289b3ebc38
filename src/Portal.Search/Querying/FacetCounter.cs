using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Portal.Search.Indexing;

namespace Portal.Search.Querying;

/// <summary>
/// Counts the facet values of every document that matches, whatever page is shown: per segment by
/// ordinal from the doc values (cheap), turned into values when the segment is done.
/// </summary>
public sealed class FacetCounter : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> counts = SearchFields.Facets.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal));
    private readonly List<(string Facet, SortedSetDocValues Values, int[] Counts)> segment = [];

    public bool AcceptsDocsOutOfOrder => true;

    public IReadOnlyDictionary<string, Dictionary<string, int>> Counts
    {
        get
        {
            Flush();
            return counts;
        }
    }

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        foreach (var facet in SearchFields.Facets)
        {
            if (context.AtomicReader.GetSortedSetDocValues(SearchFields.FacetOf(facet)) is { } values)
            {
                segment.Add((facet, values, new int[values.ValueCount]));
            }
        }
    }

    public void Collect(int doc)
    {
        foreach (var (_, values, ordinals) in segment)
        {
            values.SetDocument(doc);
            long ordinal;
            while ((ordinal = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                ordinals[ordinal]++;
            }
        }
    }

    private void Flush()
    {
        var bytes = new BytesRef();
        foreach (var (facet, values, ordinals) in segment)
        {
            var facetCounts = counts[facet];
            for (var ordinal = 0; ordinal < ordinals.Length; ordinal++)
            {
                if (ordinals[ordinal] > 0)
                {
                    values.LookupOrd(ordinal, bytes);
                    var value = bytes.Utf8ToString();
                    facetCounts[value] = facetCounts.GetValueOrDefault(value) + ordinals[ordinal];
                }
            }
        }

        segment.Clear();
    }
}
