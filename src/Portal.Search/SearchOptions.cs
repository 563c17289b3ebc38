namespace Portal.Search;

/// <summary>The <c>Portal:Search</c> section: how the index follows the queue, and when the queue is pruned.</summary>
public sealed class SearchOptions
{
    public const string Section = "Portal:Search";

    /// <summary>
    /// How long a task id the index passed without seeing is still looked for: on PostgreSQL ids are
    /// given at insert but seen at commit, so a long import can commit ids below a later publish's.
    /// </summary>
    public int LateCommitMinutes { get; set; } = 30;

    /// <summary>
    /// How long a node's index may go unseen before the queue is pruned without waiting for it; such a
    /// node rebuilds its index from the database when it comes back.
    /// </summary>
    public int ForgetNodeAfterDays { get; set; } = 7;
}
