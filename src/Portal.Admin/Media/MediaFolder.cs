using Microsoft.Extensions.Options;
using Portal.Content.Configuration;

namespace Portal.Admin.Media;

/// <summary><c>Portal:DataPath</c>/media: where uploads are written, and the only folder media are served from.</summary>
public sealed class MediaFolder(IOptions<PortalOptions> portal)
{
    private const string TemporaryPrefix = ".upload-";

    /// <summary>Matches the temporary files of uploads, and nothing else in the folder.</summary>
    public const string TemporaryPattern = TemporaryPrefix + "*.part";

    public string Path { get; } = System.IO.Path.Combine(portal.Value.DataPath, "media");

    /// <summary>The file of a stored name; null for anything that is not a stored name, so that no other path is ever built.</summary>
    public string? PathOf(string storedName)
    {
        if (!MediaFileNames.IsStoredName(storedName))
        {
            return null;
        }

        var path = System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, storedName));
        return System.IO.Path.GetDirectoryName(path) == System.IO.Path.GetFullPath(Path) ? path : null;
    }

    /// <summary>
    /// A new temporary file in the media folder itself, so that moving it into place is a rename on
    /// the same file system; its dot-name can never be a stored name, so it is never served.
    /// </summary>
    public FileStream CreateTemporary()
    {
        Directory.CreateDirectory(Path);
        var path = System.IO.Path.Combine(Path, $"{TemporaryPrefix}{Guid.NewGuid():N}.part");
        return new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0, FileOptions.Asynchronous);
    }
}
