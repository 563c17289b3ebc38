namespace Portal.Admin.Media;

/// <summary>An uploaded image or document, kept under <c>Portal:DataPath</c>/media by its stored name.</summary>
public sealed class MediaFile
{
    public long Id { get; init; }

    /// <summary>The sanitised name the file is served under (<c>/media/{StoredName}</c>).</summary>
    public required string StoredName { get; init; }

    /// <summary>The sanitised name the uploader gave, shown in the library.</summary>
    public required string FileName { get; init; }

    /// <summary>Decided from the file's first bytes, never from its name.</summary>
    public required string ContentType { get; init; }

    public long Length { get; init; }
    public required string Sha256 { get; init; }

    /// <summary>Required for images.</summary>
    public string? AltText { get; set; }

    public string? UploadedBy { get; init; }
    public DateTime UploadedUtc { get; init; }
}
