using Portal.Benchmarks.Cli;

namespace Portal.Benchmarks.Relevance;

/// <summary><c>relevance [--xquad FOLDER]</c>: where the XQuAD files are, by default <c>../shared/data/xquad</c> from the repository.</summary>
public sealed record RelevanceSettings(string? Folder)
{
    public static RelevanceSettings Read(CommandLine line) => new(line.Text("xquad") is { } folder ? Path.GetFullPath(folder) : null);
}
