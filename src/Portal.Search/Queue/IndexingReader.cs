namespace Portal.Search.Queue;

/// <summary>
/// One node's index as the queue sees it: every task at or below <see cref="Position"/> is in that
/// index, so once every node has passed a task it can be deleted.
/// </summary>
public sealed class IndexingReader
{
    /// <summary>The index's own id, kept in its commit: it follows the index, not the machine.</summary>
    public required string Node { get; init; }
    public long Position { get; set; }
    public DateTime SeenUtc { get; set; }
}
