namespace Portal.Content.Publishing;

/// <summary>What a new version says: its text, its fields as JSON, and where it came from.</summary>
public sealed record ContentDraft(
    string Slug,
    string Title,
    string? Summary,
    string Body,
    string FieldsJson,
    DateTime? PublishedUtc,
    string? SourcePath = null,
    string? SourceHash = null,
    string? Note = null);
