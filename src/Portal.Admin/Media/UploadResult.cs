namespace Portal.Admin.Media;

/// <summary>The file the library now holds for an upload (a new one, or the one it already had with the same content), or why not.</summary>
public sealed record UploadResult(MediaFile? File, bool Reused, string? Problem);
