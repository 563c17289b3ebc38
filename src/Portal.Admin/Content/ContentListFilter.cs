namespace Portal.Admin.Content;

/// <summary>What the content list was asked for; each value already checked (null when absent or unknown).</summary>
public sealed record ContentListFilter(string? Type, string? Query, string? Status, string? Culture, string? Cluster, int Page, string? OwnerId);
