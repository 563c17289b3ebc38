namespace Portal.Search.Querying;

/// <summary>
/// A search as the API receives it, already checked; <see cref="From"/> and <see cref="To"/> bound the
/// publication time, <see cref="Year"/> names the year of the item's own date (the <c>year</c> facet's value).
/// </summary>
public sealed record SearchRequest(
    string? Query,
    string? Type = null,
    string? Cluster = null,
    string? Country = null,
    string? Hazard = null,
    string? Culture = null,
    DateTime? From = null,
    DateTime? To = null,
    int Page = 1,
    int Size = 10,
    string? Year = null);
