namespace Portal.Content.Import;

/// <param name="Folder">The folder to import: any readable folder, inside the content folder or not; null for the whole content folder.</param>
/// <param name="Prune">Archive the items whose files were in this folder and are gone, instead of only reporting them.</param>
public sealed record ImportRequest(string? Folder = null, bool Prune = false);
