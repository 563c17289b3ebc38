namespace Portal.Admin.Media;

/// <summary>A file of the library's list, with the name of whoever uploaded it.</summary>
public sealed record MediaLibraryRow(MediaFile File, string? Uploader);
