using Portal.Benchmarks.Cli;

namespace Portal.Benchmarks.Search;

/// <summary>
/// <c>search [--queries 1000] [--publish-tries 20]</c>, beside the options it shares with <c>api</c>
/// (<c>--data</c>, <c>--warmup</c>, <c>--limit</c>, <c>--seed</c>): how many queries are timed in each
/// of the three ways, and how many times an item is published and waited for.
/// </summary>
public sealed record SearchSettings(int Queries, int PublishTries)
{
    public static SearchSettings Read(CommandLine line) => new(
        line.Number("queries", 1_000),
        line.Number("publish-tries", 20, min: 0));
}
