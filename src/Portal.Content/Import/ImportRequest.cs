namespace Portal.Content.Import;

/// <param name="Folder">The folder to import, inside the content folder; null for the whole content folder.</param>
/// <param name="Prune">Archive the items whose files are gone, instead of only reporting them.</param>
public sealed record ImportRequest(string? Folder = null, bool Prune = false);
