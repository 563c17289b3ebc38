namespace Portal.Digests.Outbox;

public enum DigestStatus
{
    /// <summary>Composed and recorded, not yet accepted by the server: the next pass sends it.</summary>
    Pending,

    Sent,

    /// <summary>Refused for good, or too many attempts.</summary>
    Failed,

    /// <summary>Every item it listed was withdrawn before it could be sent: nothing to say.</summary>
    Empty,
}
