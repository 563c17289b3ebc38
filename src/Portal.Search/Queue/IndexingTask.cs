namespace Portal.Search.Queue;

/// <summary>
/// "Bring this item's entry in the index up to date": written in the same transaction as the
/// content change, so that a crash before the index is written loses nothing.
/// </summary>
public sealed class IndexingTask
{
    public long Id { get; init; }
    public required string ContentId { get; init; }
    public required string Culture { get; init; }
    public DateTime CreatedUtc { get; init; }
}
