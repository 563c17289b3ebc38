using Portal.Digests.Outbox;

namespace Portal.Digests.Alerts;

/// <summary>
/// One mail of an alert, in the outbox as a digest is: recorded pending with its matches before it is
/// sent, sent as recorded (never recomposed), marked at the server's answer.
/// </summary>
public sealed class AlertMail
{
    public long Id { get; init; }
    public Guid AlertId { get; init; }
    public DigestStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTime ComposedUtc { get; init; }
    public DateTime? NextAttemptUtc { get; set; }
    public DateTime? SentUtc { get; set; }

    public string? LastError
    {
        get;
        set => field = value is { Length: > DigestRecord.LastErrorLength } ? value[..DigestRecord.LastErrorLength] : value;
    }
}
