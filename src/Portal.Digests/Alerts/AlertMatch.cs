namespace Portal.Digests.Alerts;

/// <summary>
/// An item an alert found. The unique (alert, item) key makes an item reach an alert once; the mail
/// that carries it (a digest or an alert mail) is set in the transaction that records that mail.
/// </summary>
public sealed class AlertMatch
{
    public long Id { get; init; }
    public Guid AlertId { get; init; }
    public required string ContentId { get; init; }
    public DateTime MatchedUtc { get; init; }

    /// <summary>The digest that carries it, when the address had an active subscription.</summary>
    public long? DigestRecordId { get; set; }

    /// <summary>The alert mail that carries it, otherwise.</summary>
    public long? AlertMailId { get; set; }
}
