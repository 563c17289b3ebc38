using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Content.Model;
using Portal.Content.Publishing;
using Portal.Content.Storage;
using Portal.Content.Taxonomies;
using Portal.Content.Types;
using Portal.Site.Theming;

namespace Portal.Site.Events;

/// <summary>
/// Keeps the <see cref="EventSchedule"/> in memory: read on first use, read again after an event is
/// saved, when an event scheduled for later goes public, and after <c>Portal:Site:CacheSeconds</c>
/// (so that a change written by another server shows as late as the output cache shows it).
/// </summary>
public sealed class EventCalendar(Taxonomy taxonomy, TimeProvider clock, IOptions<SiteOptions> options, ContentTypeCatalog catalog) : IContentChangeHandler, IPublicChangeFollower, IDisposable
{
    private readonly string[] scheduledTypes = [.. catalog.All.Where(t => t.Schedule is not null).Select(t => t.Name)];

    /// <summary>The terms that name another item (a cluster, a city): what item pages list their events by.</summary>
    private readonly string[] kinds = [.. catalog.All.SelectMany(t => t.Fields).Where(f => f.Kind == FieldKind.References && f.TermKind is not null).Select(f => f.TermKind!).Distinct(StringComparer.Ordinal)];
    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile Snapshot? current;
    private int generation;

    public async Task<EventSchedule> GetAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        if (Fresh() is { } schedule)
        {
            return schedule;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (Fresh() is { } built)
            {
                return built;
            }

            var seen = Volatile.Read(ref generation);
            var loaded = await LoadAsync(db, cancellationToken);
            current = new Snapshot(loaded, seen);
            return loaded;
        }
        finally
        {
            gate.Release();
        }
    }

    public Task OnSavedAsync(IReadOnlyList<ContentChange> changes, CancellationToken cancellationToken)
    {
        if (changes.Any(c => scheduledTypes.Contains(c.Type, StringComparer.Ordinal)))
        {
            Interlocked.Increment(ref generation);
        }

        return Task.CompletedTask;
    }

    /// <summary>The queue names no type: any change another process saved may be a scheduled item's.</summary>
    public Task OnFollowedAsync(IReadOnlyCollection<(string ContentId, string Culture)> changed, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref generation);
        return Task.CompletedTask;
    }

    public void Dispose() => gate.Dispose();

    private EventSchedule? Fresh()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return current is { } snapshot && snapshot.Generation == Volatile.Read(ref generation)
            && now < snapshot.Schedule.ValidUntilUtc && now - snapshot.Schedule.BuiltUtc < TimeSpan.FromSeconds(options.Value.CacheSeconds)
            ? snapshot.Schedule
            : null;
    }

    private async Task<EventSchedule> LoadAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var published = db.ContentItems.Where(x => scheduledTypes.Contains(x.Type) && x.Status == ContentStatus.Published);
        var rows = await published
            .SelectMany(x => db.ContentVersions.Where(v => v.ContentId == x.ContentId && v.Culture == x.Culture && v.Number == x.PublishedVersion),
                (x, v) => new { x.ContentId, x.Type, x.Culture, x.PublishedUtc, v.FieldsJson })
            .AsNoTracking().ToListAsync(cancellationToken);
        // From the events to their terms: the other way round, SQLite walks every cluster, city and organization term of every item.
        var terms = (await published
            .SelectMany(x => x.Terms.Where(t => kinds.Contains(t.Kind)), (x, t) => new { t.ContentId, t.Culture, t.Kind, t.Value })
            .AsNoTracking().ToListAsync(cancellationToken))
            .ToLookup(t => (t.ContentId, t.Culture), t => ScheduledEvent.TermKey(t.Kind, t.Value));
        var events = rows.Select(r =>
        {
            var (type, fields) = (catalog[r.Type], ContentFields.Parse(r.FieldsJson));
            return new ScheduledEvent(r.ContentId, r.Type, r.Culture, r.PublishedUtc ?? DateTime.MaxValue,
                fields.StartUtc(type) ?? DateTime.MinValue, fields.EndUtc(type) ?? DateTime.MinValue,
                terms[(r.ContentId, r.Culture)].ToHashSet(StringComparer.Ordinal));
        }).ToList();
        return new EventSchedule(events, taxonomy.Site.DefaultCulture, now);
    }

    private sealed record Snapshot(EventSchedule Schedule, int Generation);
}
