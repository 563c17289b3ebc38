namespace Portal.Content.Model;

/// <summary>
/// The import of the content folder on the site's first start: one row, written before it begins and
/// marked finished only when it has run to its end, so that a start after an interrupted one (the
/// process killed between two batches) runs it again instead of leaving the rest of the folder out.
/// </summary>
public sealed class FirstImport
{
    /// <summary>Always <see cref="TheOne"/>: there is one first import.</summary>
    public int Id { get; init; } = TheOne;

    public const int TheOne = 1;

    public DateTime StartedUtc { get; set; }

    public DateTime? FinishedUtc { get; set; }
}
