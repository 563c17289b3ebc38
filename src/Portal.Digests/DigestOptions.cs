namespace Portal.Digests;

/// <summary>The <c>Portal:Digests</c> section: the schedule, failure handling and the token key.</summary>
public sealed class DigestOptions
{
    public const string Section = "Portal:Digests";

    /// <summary>The hour of the member's day (0 to 23) at which a daily, weekly or monthly digest falls due.</summary>
    public int Hour { get; set; } = 7;

    /// <summary>The day of the member's week a weekly digest falls due.</summary>
    public DayOfWeek WeeklyDay { get; set; } = DayOfWeek.Monday;

    /// <summary>Permanent refusals (5xx on the recipient) in a row that suspend a subscription.</summary>
    public int SuspendAfterFailures { get; set; } = 3;

    /// <summary>Attempts after which a digest that keeps failing transiently is given up as failed.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>Tries of one message within a pass before it waits for a later pass.</summary>
    public int TriesPerPass { get; set; } = 3;

    /// <summary>The first back-off between tries; it doubles each time, with jitter.</summary>
    public double RetryDelaySeconds { get; set; } = 0.5;

    /// <summary>How long a confirmation link works.</summary>
    public int ConfirmationDays { get; set; } = 7;

    /// <summary>
    /// How far back a window looks for items whose publication committed late (a long import stamps
    /// items at its start); items already in an earlier digest are left out.
    /// </summary>
    public int LateCommitMinutes { get; set; } = 30;

    /// <summary>
    /// Confirmation mails <c>POST /subscribe</c> sends to one address within <see cref="SubscribeWindowMinutes"/>:
    /// the form takes plain posts from partners' pages, so this, not a token of the site, keeps it from flooding a mailbox.
    /// </summary>
    public int SubscribeMailsPerAddress { get; set; } = 3;

    /// <summary>Confirmation mails <c>POST /subscribe</c> sends for one client (network address) within <see cref="SubscribeWindowMinutes"/>.</summary>
    public int SubscribeMailsPerClient { get; set; } = 10;

    public int SubscribeWindowMinutes { get; set; } = 15;

    /// <summary>Search alerts one account may have at a time: each runs at every pass.</summary>
    public int AlertsPerAccount { get; set; } = 20;

    /// <summary>Whether the web host runs a pass every minute (the verb runs one either way).</summary>
    public bool RunInBackground { get; set; } = true;

    /// <summary>Base64 HMAC key for links (at least 32 bytes); unset: a key kept in the data folder.</summary>
    public string? TokenKey { get; set; }
}
