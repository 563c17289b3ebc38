using Portal.Content.Model;

namespace Portal.Content.Import;

/// <summary>What the importer needs to know of an item already in the store.</summary>
internal sealed record ExistingItem(string ContentId, string Culture, string Type, string Slug, ContentStatus Status, string? SourcePath, string? SourceHash);
