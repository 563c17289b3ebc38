using Portal.Benchmarks.Cli;

namespace Portal.Benchmarks.Search;

/// <summary>
/// <c>search [--queries 1000] [--publish-tries 20] [--in-process-only]</c>, beside the options it shares
/// with <c>api</c> (<c>--data</c>, <c>--warmup</c>, <c>--limit</c>, <c>--seed</c>): how many queries are
/// timed in each of the three ways, how many times an item is published and waited for, and whether to
/// stop after the in-process figures (ours and bare Lucene: the quick loop while changing the search).
/// </summary>
public sealed record SearchSettings(int Queries, int PublishTries, bool InProcessOnly)
{
    public static SearchSettings Read(CommandLine line) => new(
        line.Number("queries", 1_000),
        line.Number("publish-tries", 20, min: 0),
        line.Flag("in-process-only"));
}
