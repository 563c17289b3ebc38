namespace Portal.Admin.Digests;

/// <summary>The audit log's names for what editors and members do to digests.</summary>
public static class DigestAuditActions
{
    public const string Reactivate = "digest.reactivate";
    public const string Test = "digest.test";
    public const string Subscribe = "subscription.save";
    public const string Unsubscribe = "subscription.end";
    public const string AlertSave = "alert.save";
    public const string AlertEnd = "alert.end";
}
