namespace Portal.Digests.Composition;

/// <summary>The items of one cluster, by type.</summary>
public sealed record DigestSection(string ClusterTitle, IReadOnlyList<(string TypeLabel, IReadOnlyList<DigestEntry> Entries)> Types);
