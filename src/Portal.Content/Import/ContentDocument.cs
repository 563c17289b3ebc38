namespace Portal.Content.Import;

/// <summary>A content file that passed every rule it can be checked against on its own.</summary>
public sealed record ContentDocument
{
    public required string RelativePath { get; init; }
    public required string Hash { get; init; }
    public required string Type { get; init; }
    public required string ContentId { get; init; }
    public required string Culture { get; init; }
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public string? Summary { get; init; }
    public required string Body { get; init; }
    public DateTime? PublishedUtc { get; init; }
    /// <summary>Every front-matter field, normalised, as a compact JSON object.</summary>
    public required string FieldsJson { get; init; }
    public required IReadOnlyList<ContentReference> References { get; init; }
    public int IdLine { get; init; }
    public int SlugLine { get; init; }
}
