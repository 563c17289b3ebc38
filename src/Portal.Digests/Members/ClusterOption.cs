namespace Portal.Digests.Members;

/// <summary>A cluster a member may subscribe to, titled in one culture: the one asked for where it has a translation, else <see cref="Culture"/>.</summary>
public sealed record ClusterOption(string Id, string Title, string Culture);
