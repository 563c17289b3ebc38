using Portal.Benchmarks.Cli;

namespace Portal.Benchmarks.Digests;

/// <summary>
/// <c>digests [--subscriptions 10000] [--items 200] [--rounds 3] [--maildir] [--seed S] [--work FOLDER] [--keep]</c>:
/// confirmed subscriptions over the seven clusters, new items, and rounds of one pass each against
/// one local aiosmtpd (discarding what it takes, or writing a maildir with <c>--maildir</c>).
/// </summary>
public sealed record DigestsSettings(int Subscriptions, int Items, int Rounds, bool Maildir, int Seed, string? WorkFolder, bool Keep)
{
    public static DigestsSettings Read(CommandLine line) => new(
        line.Number("subscriptions", 10_000),
        line.Number("items", 200),
        line.Number("rounds", 3),
        line.Flag("maildir"),
        line.Number("seed", 42, min: 0),
        line.Text("work") is { } work ? Path.GetFullPath(work) : null,
        line.Flag("keep"));
}
