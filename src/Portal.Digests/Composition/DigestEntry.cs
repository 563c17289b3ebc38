namespace Portal.Digests.Composition;

/// <summary>One line of a digest: a title linking to the item, and its teaser.</summary>
public sealed record DigestEntry(string Title, string Url, string? Summary);
