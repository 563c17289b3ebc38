namespace Portal.Admin.Audit;

/// <summary>One change made through the admin or the account pages: who, what, when, from where.</summary>
public sealed class AuditEntry
{
    public long Id { get; init; }
    public DateTime AtUtc { get; init; }
    public string? UserId { get; init; }
    public string? UserName { get; init; }

    /// <summary>A dotted verb such as <c>content.publish</c> or <c>user.disable</c>.</summary>
    public required string Action { get; init; }

    /// <summary>What the action was done to: a content id and culture, a user's email, a media file.</summary>
    public string? Target { get; init; }

    public string? Detail { get; init; }
    public string? Address { get; init; }
}
