namespace Portal.Admin.Media;

/// <summary>A content version whose body links a media file; <see cref="Current"/> when it is its item's latest or published version.</summary>
public sealed record MediaReference(string ContentId, string Culture, string Title, int Version, bool Current);
