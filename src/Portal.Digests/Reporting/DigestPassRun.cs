namespace Portal.Digests.Reporting;

/// <summary>What one digest pass did and when, kept so that editors see the last runs (the report itself lives only in the log).</summary>
public sealed class DigestPassRun
{
    public long Id { get; init; }
    public DateTime StartedUtc { get; init; }
    public DateTime FinishedUtc { get; init; }

    /// <summary>The moment the pass took as now (<c>--as-of</c>, else the clock).</summary>
    public DateTime AsOfUtc { get; init; }

    public int Due { get; init; }
    public int Composed { get; init; }
    public int Sent { get; init; }
    public int Deferred { get; init; }
    public int Failed { get; init; }
    public int Suspended { get; init; }

    /// <summary>The pass's problems, one per line, or the error that stopped it; null when it went well.</summary>
    public string? Problems { get; init; }
}
