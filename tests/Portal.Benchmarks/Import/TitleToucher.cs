namespace Portal.Benchmarks.Import;

/// <summary>
/// Changes the title of a share of the content files (the same files for the same seed), so that
/// the next import finds them changed and writes a new version of each.
/// </summary>
public static class TitleToucher
{
    public static int Touch(string contentFolder, double share, int seed)
    {
        var files = Directory.EnumerateFiles(contentFolder, "*.md", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var count = Math.Max(1, (int)Math.Round(files.Length * share));
        var random = new Random(seed);
        random.Shuffle(files);
        var touched = 0;
        foreach (var file in files.Take(count))
        {
            if (WithTitleEnding(File.ReadAllText(file), "(revised)") is { } changed)
            {
                File.WriteAllText(file, changed);
                touched++;
            }
        }

        return touched;
    }

    /// <summary>The file's text with <paramref name="ending"/> added to its title line (inside its quotes); null when it has none.</summary>
    public static string? WithTitleEnding(string text, string ending)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        var index = Array.FindIndex(lines, l => l.StartsWith("title:", StringComparison.Ordinal));
        if (index < 0)
        {
            return null;
        }

        var line = lines[index].TrimEnd();
        lines[index] = line.EndsWith('"') ? $"{line[..^1]} {ending}\"" : $"{line} {ending}";
        return string.Join('\n', lines);
    }
}
