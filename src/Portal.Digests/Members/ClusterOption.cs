namespace Portal.Digests.Members;

/// <summary>A cluster a member may subscribe to, titled in one culture.</summary>
public sealed record ClusterOption(string Id, string Title);
