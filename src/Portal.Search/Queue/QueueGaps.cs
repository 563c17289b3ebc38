using System.Globalization;
using System.Linq.Expressions;

namespace Portal.Search.Queue;

/// <summary>
/// The task ids below an index's cursor it has not seen yet: given to a transaction that had not
/// committed when the index read past them (or that rolled back, and will never come). They are
/// read again until they come or their late-commit window ends.
/// </summary>
public sealed class QueueGaps
{
    private QueueGaps(IReadOnlyList<QueueGap> ranges) => Ranges = ranges;

    public static QueueGaps None { get; } = new([]);

    /// <summary>In id order, none overlapping.</summary>
    public IReadOnlyList<QueueGap> Ranges { get; }

    public bool IsEmpty => Ranges.Count == 0;

    /// <summary>These gaps and the ids missing between <paramref name="after"/> and each of <paramref name="ids"/> (ascending, all above it).</summary>
    public QueueGaps Missing(long after, IEnumerable<long> ids, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var ranges = Ranges.ToList();
        var previous = after;
        foreach (var id in ids)
        {
            if (id > previous + 1)
            {
                ranges.Add(new QueueGap(previous + 1, id - 1, nowUtc));
            }

            previous = Math.Max(previous, id);
        }

        return ranges.Count == Ranges.Count ? this : new QueueGaps(ranges);
    }

    /// <summary>These gaps less the ids that have now been seen.</summary>
    public QueueGaps Without(IEnumerable<long> seen)
    {
        ArgumentNullException.ThrowIfNull(seen);
        var found = seen.Order().ToList();
        if (found.Count == 0)
        {
            return this;
        }

        var ranges = new List<QueueGap>();
        foreach (var range in Ranges)
        {
            var from = range.From;
            foreach (var id in found.Where(id => id >= range.From && id <= range.To))
            {
                if (id > from)
                {
                    ranges.Add(range with { From = from, To = id - 1 });
                }

                from = id + 1;
            }

            if (from <= range.To)
            {
                ranges.Add(range with { From = from });
            }
        }

        return new QueueGaps(ranges);
    }

    /// <summary>These gaps less those missed longer ago than <paramref name="window"/>: a transaction that late has rolled back, or is given up.</summary>
    public QueueGaps Unexpired(DateTime nowUtc, TimeSpan window)
    {
        var kept = Ranges.Where(r => r.SinceUtc > nowUtc - window).ToList();
        return kept.Count == Ranges.Count ? this : new QueueGaps(kept);
    }

    /// <summary>The highest id at or below which every task has been seen, as far as the index can know.</summary>
    public long SafePosition(long cursor) => IsEmpty ? cursor : Math.Min(cursor, Ranges.Min(r => r.From) - 1);

    /// <summary>Whether a task's id is in one of the gaps, as a query the database can answer from its key.</summary>
    public Expression<Func<IndexingTask, bool>> Contains()
    {
        var task = Expression.Parameter(typeof(IndexingTask), "task");
        var id = Expression.Property(task, nameof(IndexingTask.Id));
        List<Expression> tests = [.. Ranges.Select(r => r.From == r.To
            ? Expression.Equal(id, Expression.Constant(r.From))
            : (Expression)Expression.AndAlso(Expression.GreaterThanOrEqual(id, Expression.Constant(r.From)), Expression.LessThanOrEqual(id, Expression.Constant(r.To))))];
        if (tests.Count == 0)
        {
            return _ => false;
        }

        // Paired up level by level, not chained: SQLite refuses an expression nested over 1,000 deep.
        while (tests.Count > 1)
        {
            tests = [.. tests.Chunk(2).Select(pair => pair.Length == 2 ? Expression.OrElse(pair[0], pair[1]) : pair[0])];
        }

        return Expression.Lambda<Func<IndexingTask, bool>>(tests[0], task);
    }

    /// <summary>As stored in the index's commit: <c>FROM-TO@UNIXSECONDS</c>, separated by <c>;</c>.</summary>
    public string Format() => string.Join(';', Ranges.Select(r =>
        string.Create(CultureInfo.InvariantCulture, $"{r.From}-{r.To}@{new DateTimeOffset(r.SinceUtc, TimeSpan.Zero).ToUnixTimeSeconds()}")));

    /// <summary>Reads <see cref="Format"/>; what cannot be read is left out (it only costs a late commit its second chance).</summary>
    public static QueueGaps Parse(string? text)
    {
        var ranges = new List<QueueGap>();
        foreach (var part in (text ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var at = part.Split('@');
            var span = at[0].Split('-');
            if (at.Length == 2 && span.Length == 2
                && long.TryParse(span[0], NumberStyles.None, CultureInfo.InvariantCulture, out var from)
                && long.TryParse(span[1], NumberStyles.None, CultureInfo.InvariantCulture, out var to)
                && long.TryParse(at[1], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                && from <= to)
            {
                ranges.Add(new QueueGap(from, to, DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime));
            }
        }

        return ranges.Count == 0 ? None : new QueueGaps([.. ranges.OrderBy(r => r.From)]);
    }
}
