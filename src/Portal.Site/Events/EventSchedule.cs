using System.Collections.Concurrent;
using Portal.Content.ReadModel;
using Portal.Content.Types;

namespace Portal.Site.Events;

/// <summary>
/// The dates of the public events of one snapshot of the read model, in the two orders the pages use:
/// SQL cannot order events by the dates inside their front matter. Per type and culture, the events are
/// those the snapshot shows there (its culture fallback); per term (a cluster's, a city's) only those
/// filed under it. Each is worked out on first use: walking every event of the culture for each item
/// page was a third of a cluster space's time.
/// </summary>
public sealed class EventSchedule(PublicSnapshot snapshot, ContentTypeCatalog catalog)
{
    private readonly ConcurrentDictionary<(string Type, string Culture, string? Term), (ScheduledEvent[] ByStart, ScheduledEvent[] ByStartDescending)> orders = new();

    public PublicSnapshot Snapshot => snapshot;

    /// <summary>
    /// Upcoming events (not yet ended) soonest first and past ones latest first, at most
    /// <paramref name="take"/> of each, of one type, optionally only those carrying <paramref name="term"/>
    /// (a <see cref="PublicEntry.TermKey"/>).
    /// </summary>
    public (List<ScheduledEvent> Upcoming, List<ScheduledEvent> Past) Select(string type, string culture, string? term, DateTime nowUtc, int take)
    {
        var (byStart, byStartDescending) = orders.GetOrAdd((type, culture, term), Order);
        return (Pick(byStart, e => e.EndUtc >= nowUtc, take), Pick(byStartDescending, e => e.EndUtc < nowUtc, take));
    }

    private static List<ScheduledEvent> Pick(ScheduledEvent[] ordered, Func<ScheduledEvent, bool> when, int take)
    {
        var picked = new List<ScheduledEvent>(Math.Min(take, 64));
        for (var i = 0; i < ordered.Length && picked.Count < take; i++)
        {
            if (when(ordered[i]))
            {
                picked.Add(ordered[i]);
            }
        }

        return picked;
    }

    private (ScheduledEvent[], ScheduledEvent[]) Order((string Type, string Culture, string? Term) key)
    {
        if (key.Term is { } term)
        {
            var (byStart, byStartDescending) = orders.GetOrAdd((key.Type, key.Culture, null), Order);
            return ([.. byStart.Where(e => e.Entry.Terms.Contains(term))], [.. byStartDescending.Where(e => e.Entry.Terms.Contains(term))]);
        }

        var type = catalog[key.Type];
        var shown = snapshot.Shown(key.Type, key.Culture)
            .Select(e => new ScheduledEvent(e, e.Fields.StartUtc(type) ?? DateTime.MinValue, e.Fields.EndUtc(type) ?? DateTime.MinValue))
            .ToList();
        return ([.. shown.OrderBy(e => e.StartUtc).ThenBy(e => e.Entry.ContentId, StringComparer.Ordinal)],
                [.. shown.OrderByDescending(e => e.StartUtc).ThenBy(e => e.Entry.ContentId, StringComparer.Ordinal)]);
    }
}
