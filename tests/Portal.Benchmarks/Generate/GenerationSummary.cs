namespace Portal.Benchmarks.Generate;

/// <summary>What a generated set holds: files by type and culture, their sizes, and the fullest folder.</summary>
public sealed record GenerationSummary(
    string Folder,
    int Files,
    long TotalBytes,
    int MedianBytes,
    int MinBytes,
    int MaxBytes,
    int MaxFilesPerFolder,
    IReadOnlyDictionary<string, int> ByType,
    IReadOnlyDictionary<string, int> ByCulture,
    TimeSpan Elapsed)
{
    public static GenerationSummary Of(string folder, IReadOnlyList<WrittenFile> files, TimeSpan elapsed)
    {
        var sizes = files.Select(f => f.Bytes).Order().ToArray();
        return new GenerationSummary(
            folder,
            files.Count,
            sizes.Sum(s => (long)s),
            sizes.Length == 0 ? 0 : sizes[sizes.Length / 2],
            sizes.Length == 0 ? 0 : sizes[0],
            sizes.Length == 0 ? 0 : sizes[^1],
            files.Count == 0 ? 0 : files.GroupBy(f => Path.GetDirectoryName(f.RelativePath)).Max(g => g.Count()),
            files.GroupBy(f => f.Type).OrderByDescending(g => g.Count()).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            files.GroupBy(f => f.Culture).OrderByDescending(g => g.Count()).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            elapsed);
    }

    public override string ToString() =>
        $"""
        {Files:N0} files ({TotalBytes / 1024.0 / 1024.0:F1} MiB) in {Folder}, written in {Elapsed.TotalSeconds:F1} s
          by type:    {string.Join(", ", ByType.Select(t => $"{t.Key} {t.Value:N0}"))}
          by culture: {string.Join(", ", ByCulture.Select(c => $"{c.Key} {c.Value:N0}"))}
          size:       median {MedianBytes:N0} B, min {MinBytes:N0} B, max {MaxBytes:N0} B; at most {MaxFilesPerFolder:N0} files in one folder
        """;
}
