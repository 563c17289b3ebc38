using Portal.Digests.Members;

namespace Portal.Digests.Subscriptions;

/// <summary>One address's wish for digests of some clusters. One row per address, whatever it asks later.</summary>
public sealed class Subscription
{
    public Guid Id { get; init; }

    /// <summary>The address as the person last typed it (trimmed, domain in lower case): where mail goes.</summary>
    public required string Email
    {
        get;
        set
        {
            field = value;
            EmailKey = EmailAddresses.Key(value);
        }
    }

    /// <summary>The address in lower case, local part too: the unique key, so that <c>Ana@x.org</c> and <c>ana@x.org</c> are one subscription.</summary>
    public string EmailKey { get; private set; } = "";

    /// <summary>Cluster ids separated by spaces, sorted: one column both providers store alike.</summary>
    public string Clusters { get; set; } = "";

    public DigestFrequency Frequency { get; set; }
    public required string Culture { get; set; }

    /// <summary>An IANA or Windows time zone id: digests are due by its clock.</summary>
    public string TimeZone { get; set; } = "UTC";

    public SubscriptionStatus Status { get; set; }

    /// <summary>Changes on every subscribe request, so that an older confirmation link stops working.</summary>
    public required string ConfirmStamp { get; set; }

    public DateTime CreatedUtc { get; init; }
    public DateTime ModifiedUtc { get; set; }
    public DateTime? ConfirmedUtc { get; set; }

    /// <summary>The end of the window of the last digest composed: the next counts items from here.</summary>
    public DateTime? LastDigestComposedUtc { get; set; }

    /// <summary>Permanent refusals in a row; reset by a delivered digest.</summary>
    public int FailureCount { get; set; }

    public IReadOnlyList<string> ClusterIds => Clusters.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public void SetClusters(IEnumerable<string> clusterIds) =>
        Clusters = string.Join(' ', clusterIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
}
