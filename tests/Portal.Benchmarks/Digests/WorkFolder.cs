namespace Portal.Benchmarks.Digests;

/// <summary>Folder copies of the scenario: the sample content, and the data folder restored before each pass.</summary>
public static class WorkFolder
{
    public static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    /// <summary>Makes <paramref name="to"/> hold exactly what <paramref name="from"/> holds.</summary>
    public static void Replace(string from, string to)
    {
        if (Directory.Exists(to))
        {
            Directory.Delete(to, recursive: true);
        }

        Copy(from, to);
    }
}
