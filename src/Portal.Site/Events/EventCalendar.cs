using Portal.Content.ReadModel;
using Portal.Content.Storage;
using Portal.Content.Taxonomies;
using Portal.Content.Types;

namespace Portal.Site.Events;

/// <summary>
/// The <see cref="EventSchedule"/> of the public read model's snapshot: worked out from the snapshot's
/// parsed fields the first time a page asks for it, and again once the read model has a new snapshot
/// (a change saved here or by another process, an item scheduled for later gone public). It reads no row
/// of its own: reading and parsing every event again took a second of each start-up at 20,000 events.
/// </summary>
public sealed class EventCalendar(Taxonomy taxonomy, ContentTypeCatalog catalog, PublicReadModel publicModel)
{
    private readonly ContentTypeDescriptor[] scheduledTypes = [.. catalog.All.Where(t => t.Schedule is not null)];
    private volatile Built? current;

    public async Task<EventSchedule> GetAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var snapshot = await publicModel.GetAsync(db, cancellationToken);
        if (current is { } built && ReferenceEquals(built.Snapshot, snapshot))
        {
            return built.Schedule;
        }

        var events = new List<ScheduledEvent>();
        foreach (var entry in snapshot.Items.SelectMany(cultures => cultures))
        {
            if (Array.Find(scheduledTypes, t => t.Name == entry.Type) is { } type)
            {
                events.Add(new ScheduledEvent(entry.ContentId, entry.Type, entry.Culture, entry.PublishedUtc,
                    entry.Fields.StartUtc(type) ?? DateTime.MinValue, entry.Fields.EndUtc(type) ?? DateTime.MinValue, entry.Terms));
            }
        }

        var schedule = new EventSchedule(events, taxonomy.Site.DefaultCulture, snapshot.AtUtc);
        current = new Built(snapshot, schedule);
        return schedule;
    }

    private sealed record Built(PublicSnapshot Snapshot, EventSchedule Schedule);
}
