using Portal.Benchmarks.Cli;

namespace Portal.Benchmarks.Import;

/// <summary>
/// <c>import [N] [--folder FOLDER] [--seed S] [--work FOLDER] [--keep]</c>: N files (default 100,000) generated
/// into a fresh work folder, or the files already in FOLDER (generated there when it holds none).
/// </summary>
public sealed record ImportSettings(int Files, int Seed, string? Folder, string? WorkFolder, bool Keep)
{
    public const int DefaultFiles = 100_000;
    public const int DefaultSeed = 42;

    public static ImportSettings Read(CommandLine line) => new(
        line.PositionalNumber(0, "N", DefaultFiles),
        line.Number("seed", DefaultSeed, min: 0),
        line.Text("folder") is { } folder ? Path.GetFullPath(folder) : null,
        line.Text("work") is { } work ? Path.GetFullPath(work) : null,
        line.Flag("keep"));
}
