namespace Portal.Benchmarks.Digests;

/// <summary>One measured send of every digest: by the portal's pass, or by the bare loop.</summary>
public sealed record DigestRound(string Sender, int Digests, TimeSpan Wall, TimeSpan ServerCpu, int Accepted, long Bytes, double PeakMiB = 0)
{
    public double Rate => Digests / Wall.TotalSeconds;

    /// <summary>The pass's own phases, from the verb's summary line (zero for the bare loop).</summary>
    public TimeSpan ComposeTime { get; init; }

    public TimeSpan SendTime { get; init; }

    /// <summary>CPU time of the sender: the digests send process, or the harness for the bare loop.</summary>
    public TimeSpan SenderCpu { get; init; }

    /// <summary>The share of the wall time the SMTP server was busy on the CPU: near 1, it is the bottleneck.</summary>
    public double ServerBusy => ServerCpu.TotalSeconds / Wall.TotalSeconds;
}
