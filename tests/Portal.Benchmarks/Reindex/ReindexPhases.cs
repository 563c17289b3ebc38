using System.Globalization;
using System.Text.RegularExpressions;
using Portal.Benchmarks.Hosting;

namespace Portal.Benchmarks.Reindex;

/// <summary>
/// Where a reindex's time went, from the timestamps of the verb's progress lines
/// (<c>index: K of N items</c> after every batch): start-up until the first batch was indexed (the
/// first batch's own share extrapolated from the rate of the others), the batches, and what follows
/// the last batch (the final commit with its merges, shutdown).
/// </summary>
public sealed partial record ReindexPhases(TimeSpan StartUp, TimeSpan Batches, TimeSpan Finish, int Items)
{
    public double BatchRate => Items / Batches.TotalSeconds;

    public static ReindexPhases? From(IReadOnlyList<OutputLine> lines, TimeSpan wall)
    {
        var progress = lines
            .Select(l => (l.At, Match: ProgressLine().Match(l.Text)))
            .Where(x => x.Match.Success)
            .Select(x => (x.At, Done: int.Parse(x.Match.Groups[1].Value, CultureInfo.InvariantCulture)))
            .ToList();
        if (progress.Count < 2)
        {
            return null;
        }

        var (firstAt, firstDone) = progress[0];
        var (lastAt, lastDone) = progress[^1];
        var perItem = (lastAt - firstAt) / (lastDone - firstDone);
        var start = firstAt - (perItem * firstDone);
        return new ReindexPhases(start, lastAt - start, wall - lastAt, lastDone);
    }

    [GeneratedRegex(@"index: (\d+) of (\d+) items")]
    private static partial Regex ProgressLine();
}
