namespace Portal.Content.Model;

/// <summary>
/// One classification of an item's public version (a cluster, a country, a hazard...), kept in
/// its own table so that listings can filter on it with an index.
/// </summary>
public sealed class ContentTerm
{
    public required string ContentId { get; init; }
    public required string Culture { get; init; }
    public required string Kind { get; init; }
    public required string Value { get; init; }
}
