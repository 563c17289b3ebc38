namespace Portal.Admin.History;

/// <summary>One version in the history list, without its body.</summary>
public sealed record VersionRow(int Number, string Title, string? Slug, string? AuthorId, DateTime CreatedUtc, string? Note);
