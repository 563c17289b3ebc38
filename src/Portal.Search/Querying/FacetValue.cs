namespace Portal.Search.Querying;

/// <param name="Value">The id the filter takes (<c>cluster=disaster-risk-reduction</c>).</param>
public sealed record FacetValue(string Value, int Count)
{
    /// <summary>What the value is called in the culture searched (see <see cref="FacetLabels"/>).</summary>
    public string Label { get; init; } = Value;
}
