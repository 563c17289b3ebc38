using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Portal.Benchmarks.Hosting;

namespace Portal.Benchmarks.Import;

/// <summary>
/// Where an import's time went, from the timestamps of the verb's progress lines
/// (<c>read: 1000 of 100000 files</c> every 1,000 files, <c>write: 500 of N files</c> every batch).
/// The read phase's start is extrapolated from its rate, since nothing is written before it.
/// </summary>
public sealed partial record ImportPhases(
    TimeSpan? BeforeRead,
    TimeSpan? Read,
    TimeSpan? ChecksAndFirstBatch,
    TimeSpan? Write,
    TimeSpan After,
    int WriteBatches)
{
    public static ImportPhases From(IReadOnlyList<OutputLine> lines, TimeSpan wall)
    {
        var reads = Progress(lines, "read");
        var writes = Progress(lines, "write");
        TimeSpan? readStart = null, readEnd = null;
        if (reads.Count > 0)
        {
            var (firstAt, firstDone, _) = reads[0];
            var (lastAt, lastDone, _) = reads[^1];
            var perFile = lastDone > firstDone ? (lastAt - firstAt) / (lastDone - firstDone) : TimeSpan.Zero;
            readStart = firstAt - (perFile * firstDone);
            readEnd = lastAt;
        }

        TimeSpan? writeStart = writes.Count > 0 ? writes[0].At : null;
        TimeSpan? writeEnd = writes.Count > 0 ? writes[^1].At : null;
        var end = writeEnd ?? readEnd ?? TimeSpan.Zero;
        return new ImportPhases(
            readStart,
            readEnd - readStart,
            writeStart - readEnd,
            writeEnd - writeStart,
            wall - end,
            writes.Count);
    }

    public string Describe(TimeSpan wall)
    {
        var text = new StringBuilder();
        void Line(string name, TimeSpan? span)
        {
            if (span is { } s)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    {name,-44} {s.TotalSeconds,8:F2} s  {100 * s / wall,5:F1} %");
            }
        }

        Line("start-up, migrations, load existing, list files", BeforeRead);
        Line("read, hash and parse files (parallel)", Read);
        Line("whole-set checks, then first write batch", ChecksAndFirstBatch);
        Line($"remaining {Math.Max(0, WriteBatches - 1)} write batches (render, save)", Write);
        Line("removed-file report, shutdown", After);
        return text.ToString();
    }

    private static List<(TimeSpan At, int Done, int Total)> Progress(IReadOnlyList<OutputLine> lines, string phase) =>
        [.. lines
            .Select(l => (l.At, Match: ProgressLine().Match(l.Text)))
            .Where(x => x.Match.Success && x.Match.Groups[1].Value == phase)
            .Select(x => (x.At, int.Parse(x.Match.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(x.Match.Groups[3].Value, CultureInfo.InvariantCulture)))];

    [GeneratedRegex(@"(read|write): (\d+) of (\d+) files")]
    private static partial Regex ProgressLine();
}
