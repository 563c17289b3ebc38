using System.Collections.Concurrent;

namespace Portal.Site.Events;

/// <summary>
/// The dates of every public event, worked out once per snapshot of the read model: SQL cannot order events by the dates inside their
/// front matter, and reading every event's front matter on each page costs seconds at 20,000 events.
/// Per culture, the rows shown there are chosen as <c>PublicContent.InCulture</c> chooses them, then
/// kept in the two orders the pages use.
/// </summary>
public sealed class EventSchedule(IReadOnlyList<ScheduledEvent> rows, string defaultCulture, DateTime builtUtc)
{
    private readonly ConcurrentDictionary<string, (ScheduledEvent[] ByStart, ScheduledEvent[] ByStartDescending)> cultures = new(StringComparer.Ordinal);

    /// <summary>
    /// The same two orders for the events filed under one term (a cluster's, a city's), worked out on first
    /// use: walking every event of the culture for each item page was a third of a cluster space's time.
    /// </summary>
    private readonly ConcurrentDictionary<(string Culture, string Term), (ScheduledEvent[] ByStart, ScheduledEvent[] ByStartDescending)> withTerm = new();

    /// <summary>
    /// Upcoming events (not yet ended) soonest first and past ones latest first, at most
    /// <paramref name="take"/> of each, of one type, optionally only those carrying <paramref name="term"/>.
    /// </summary>
    public (List<ScheduledEvent> Upcoming, List<ScheduledEvent> Past) Select(string type, string culture, string? term, DateTime nowUtc, int take)
    {
        var (byStart, byStartDescending) = term is null ? cultures.GetOrAdd(culture, Order) : withTerm.GetOrAdd((culture, term), key => Filed(key.Culture, key.Term));
        return (Pick(byStart, e => e.EndUtc >= nowUtc, type, term, take), Pick(byStartDescending, e => e.EndUtc < nowUtc, type, term, take));
    }

    private static List<ScheduledEvent> Pick(ScheduledEvent[] ordered, Func<ScheduledEvent, bool> when, string type, string? term, int take)
    {
        var picked = new List<ScheduledEvent>(Math.Min(take, 64));
        for (var i = 0; i < ordered.Length && picked.Count < take; i++)
        {
            if (ordered[i].Type == type && when(ordered[i]) && (term is null || ordered[i].Terms.Contains(term)))
            {
                picked.Add(ordered[i]);
            }
        }

        return picked;
    }

    private (ScheduledEvent[], ScheduledEvent[]) Filed(string culture, string term)
    {
        var (byStart, byStartDescending) = cultures.GetOrAdd(culture, Order);
        return ([.. byStart.Where(e => e.Terms.Contains(term))], [.. byStartDescending.Where(e => e.Terms.Contains(term))]);
    }

    private (ScheduledEvent[], ScheduledEvent[]) Order(string culture)
    {
        var shown = rows.Where(r => r.PublishedUtc <= builtUtc)
            .GroupBy(r => r.ContentId, StringComparer.Ordinal)
            .Select(g => g.OrderBy(r => r.Culture == culture ? 0 : r.Culture == defaultCulture ? 1 : 2).ThenBy(r => r.Culture, StringComparer.Ordinal).First())
            .ToList();
        return ([.. shown.OrderBy(e => e.StartUtc).ThenBy(e => e.ContentId, StringComparer.Ordinal)],
                [.. shown.OrderByDescending(e => e.StartUtc).ThenBy(e => e.ContentId, StringComparer.Ordinal)]);
    }
}
