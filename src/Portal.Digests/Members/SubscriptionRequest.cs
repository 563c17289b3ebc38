using Portal.Digests.Subscriptions;

namespace Portal.Digests.Members;

/// <summary>What a member asks for, checked: a normalised address, known clusters and culture.</summary>
public sealed record SubscriptionRequest(string Email, IReadOnlyList<string> Clusters, DigestFrequency Frequency, string Culture);
