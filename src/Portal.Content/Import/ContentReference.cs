namespace Portal.Content.Import;

/// <summary>A reference from one item to another, checked once every file of an import is read.</summary>
public sealed record ContentReference(string ContentId, IReadOnlyList<string> AllowedTypes, string Field, int Line);
