namespace Portal.Digests.Alerts;

/// <summary>A search to be saved as an alert, as the search page sends it: checked, filters in their stored form.</summary>
public sealed record AlertRequest(string Query, string? Type, string? Cluster, string? Country, string? Hazard, string Culture);
