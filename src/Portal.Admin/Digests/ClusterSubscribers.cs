namespace Portal.Admin.Digests;

/// <summary>One cluster's line of the figures: its subscriptions by state.</summary>
public sealed record ClusterSubscribers(string ClusterId, string Title, int Active, int Pending, int Suspended);
