namespace Portal.Search.Querying;

/// <summary>
/// Counts one facet over some documents of a segment, from its tables in memory: index 0 of a tally is
/// "no value", index <c>k + 1</c> the value of ordinal <c>k</c>, whether the facet has one value per
/// document in the segment or several.
/// </summary>
public static class FacetTally
{
    public static int[] Count(SegmentTables tables, int facet, ReadOnlySpan<int> docs)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var tally = new int[tables.Values[facet].Length + 1];
        if (tables.OneValued[facet] is { } single)
        {
            foreach (var doc in docs)
            {
                tally[single[doc]]++;
            }
        }
        else
        {
            var (starts, ordinals) = (tables.Starts[facet], tables.Ordinals[facet]);
            foreach (var doc in docs)
            {
                for (var i = starts[doc]; i < starts[doc + 1]; i++)
                {
                    tally[ordinals[i] + 1]++;
                }
            }
        }

        return tally;
    }
}
