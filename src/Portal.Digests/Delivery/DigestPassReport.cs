namespace Portal.Digests.Delivery;

/// <summary>What one pass did, for the verb's output and the log.</summary>
public sealed class DigestPassReport
{
    /// <summary>Another pass held the lock: this one did nothing.</summary>
    public bool Busy { get; init; }

    public int Due { get; set; }
    public int Composed { get; set; }
    public int Sent { get; set; }
    public int Deferred { get; set; }
    public int Failed { get; set; }
    public int Suspended { get; set; }

    /// <summary>Items search alerts found for the first time.</summary>
    public int AlertMatches { get; set; }

    public int AlertMailsComposed { get; set; }
    public int AlertMailsSent { get; set; }
    public List<string> Problems { get; } = [];

    public TimeSpan ComposeTime { get; set; }
    public TimeSpan SendTime { get; set; }

    public bool Succeeded => !Busy && Deferred == 0 && Failed == 0 && Problems.Count == 0;

    public override string ToString() => Busy
        ? "another digest pass is running"
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Due} due, {Composed} composed, {Sent} sent, {Deferred} deferred, {Failed} failed, {Suspended} suspended; composed in {ComposeTime.TotalSeconds:F2} s, sent in {SendTime.TotalSeconds:F2} s{Alerts}");

    private string Alerts => AlertMatches + AlertMailsComposed + AlertMailsSent == 0
        ? ""
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"; search alerts: {AlertMatches} new matches, {AlertMailsComposed} alert mails composed, {AlertMailsSent} sent");
}
