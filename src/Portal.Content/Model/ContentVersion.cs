namespace Portal.Content.Model;

/// <summary>An immutable snapshot of an item: what was written, by whom and when.</summary>
public sealed class ContentVersion
{
    public required string ContentId { get; init; }
    public required string Culture { get; init; }
    public int Number { get; init; }
    /// <summary>The URL segment this version asks for; the item takes it when the version is published.</summary>
    public string? Slug { get; init; }

    public required string Title { get; init; }
    public string? Summary { get; init; }
    public required string Body { get; init; }
    public required string Html { get; init; }

    /// <summary>Every front-matter field, as a JSON object, so that each type keeps its own fields.</summary>
    public required string FieldsJson { get; init; }

    /// <summary>The fields parsed, once for this object, however many readers ask.</summary>
    [System.ComponentModel.DataAnnotations.Schema.NotMapped]
    public Types.ContentFields Fields => field ??= Types.ContentFields.Parse(FieldsJson);

    public DateTime? PublishedUtc { get; init; }
    public string? AuthorId { get; init; }
    public DateTime CreatedUtc { get; init; }
    public string? SourceHash { get; init; }
    public string? Note { get; init; }
}
