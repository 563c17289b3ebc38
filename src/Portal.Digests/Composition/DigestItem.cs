namespace Portal.Digests.Composition;

/// <summary>One published culture of an item, as a digest lists it.</summary>
public sealed record DigestItem(
    string ContentId,
    string Culture,
    string Type,
    string Slug,
    string Title,
    string? Summary,
    DateTime LiveSinceUtc);
