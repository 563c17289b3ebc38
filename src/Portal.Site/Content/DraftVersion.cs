namespace Portal.Site.Content;

/// <summary>A version of an item that a preview shows in place of the public one, public or not.</summary>
public sealed record DraftVersion(string ContentId, string Culture, int Number);
