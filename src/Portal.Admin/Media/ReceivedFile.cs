namespace Portal.Admin.Media;

/// <summary>An uploaded file read to its end: a temporary file in the media folder, its detected type, length and SHA-256.</summary>
public sealed record ReceivedFile(string TemporaryPath, string? UploadedName, MediaType Type, long Length, string Sha256)
{
    /// <summary>Removes the temporary file; nothing happens once it has been moved into place.</summary>
    public void Delete() => File.Delete(TemporaryPath);
}
