namespace Portal.Admin.Scheduling;

/// <summary>
/// A version to publish at a given moment. The background publisher marks it done in the same
/// transaction that publishes it, so it is published once, also across restarts and servers.
/// </summary>
public sealed class ScheduledPublication
{
    public long Id { get; init; }
    public required string ContentId { get; init; }
    public required string Culture { get; init; }
    public int VersionNumber { get; init; }
    public DateTime DueUtc { get; init; }
    public string? ScheduledBy { get; init; }
    public DateTime CreatedUtc { get; init; }

    /// <summary>Set when published, or when cancelled (then <see cref="Cancelled"/> is true).</summary>
    public DateTime? DoneUtc { get; set; }

    public bool Cancelled { get; set; }
}
