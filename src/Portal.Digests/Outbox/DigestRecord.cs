namespace Portal.Digests.Outbox;

/// <summary>
/// One digest of one subscription for one period, recorded before it is sent. The unique
/// (subscription, period) key makes a second composition for the same period impossible, and the
/// item keys let a pending digest be sent after a crash exactly as it was composed.
/// </summary>
public sealed class DigestRecord
{
    public long Id { get; init; }
    public Guid SubscriptionId { get; init; }

    /// <summary>The frequency and the local date of the schedule slot, as in <c>weekly:2026-11-23</c>.</summary>
    public required string PeriodKey { get; init; }

    /// <summary>The content ids the digest lists, one per line.</summary>
    public required string ItemKeys { get; init; }

    public DateTime WindowStartUtc { get; init; }
    public DateTime WindowEndUtc { get; init; }
    public DigestStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTime ComposedUtc { get; init; }
    public DateTime? NextAttemptUtc { get; set; }
    public DateTime? SentUtc { get; set; }
    public const int LastErrorLength = 1000;

    /// <summary>Why the last try failed, cut to the column's <see cref="LastErrorLength"/>: a server's long answer must not fail the save.</summary>
    public string? LastError
    {
        get;
        set => field = value is { Length: > LastErrorLength } ? value[..LastErrorLength] : value;
    }

    public IReadOnlyList<string> Items => ItemKeys.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
