namespace Portal.Content.Import;

/// <summary>
/// How an item's file is named in <c>SourcePath</c>: relative to the content folder for a file inside
/// it (so that the content folder can move), its full path for a file anywhere else (a partner's
/// export, a folder of translations). So a file keeps one name whichever folder it is imported with,
/// and the folder an item came from is known.
/// </summary>
internal sealed class SourcePaths(string contentRoot)
{
    public string Name(string fullPath) =>
        IsInside(fullPath, contentRoot) ? Path.GetRelativePath(contentRoot, fullPath).Replace('\\', '/') : fullPath;

    public string FullPath(string name) => Path.GetFullPath(name, contentRoot);

    /// <summary>Whether the named file lies in <paramref name="folder"/> or below it.</summary>
    public bool IsIn(string name, string folder) => IsInside(FullPath(name), folder);

    public static bool IsInside(string path, string folder) =>
        path == folder || path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
