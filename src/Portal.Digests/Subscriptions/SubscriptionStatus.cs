namespace Portal.Digests.Subscriptions;

public enum SubscriptionStatus
{
    /// <summary>Asked for, not confirmed: gets nothing but the confirmation mail.</summary>
    Pending,

    Active,

    /// <summary>Its address refused digests permanently too often.</summary>
    Suspended,

    Unsubscribed,
}
