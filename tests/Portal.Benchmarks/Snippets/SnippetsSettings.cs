using Portal.Benchmarks.Cli;

namespace Portal.Benchmarks.Snippets;

/// <summary><c>snippets [--xquad FOLDER] [--passes 3]</c>: the XQuAD files for realistic bodies, and how many timed passes over them.</summary>
public sealed record SnippetsSettings(string? Folder, int Passes)
{
    public static SnippetsSettings Read(CommandLine line) =>
        new(line.Text("xquad") is { } folder ? Path.GetFullPath(folder) : null, line.Number("passes", 3));
}
