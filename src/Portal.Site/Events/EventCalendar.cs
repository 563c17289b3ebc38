using Portal.Content.ReadModel;
using Portal.Content.Storage;
using Portal.Content.Types;

namespace Portal.Site.Events;

/// <summary>
/// The <see cref="EventSchedule"/> of the public read model's current snapshot, kept until the read model
/// has a new one (a change saved here or by another process, an item scheduled for later gone public).
/// It reads no row of its own: reading and parsing every event again took a second of each start-up at
/// 20,000 events.
/// </summary>
public sealed class EventCalendar(ContentTypeCatalog catalog, PublicReadModel publicModel)
{
    private volatile EventSchedule? current;

    public async Task<EventSchedule> GetAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var snapshot = await publicModel.GetAsync(db, cancellationToken);
        if (current is { } schedule && ReferenceEquals(schedule.Snapshot, snapshot))
        {
            return schedule;
        }

        var fresh = new EventSchedule(snapshot, catalog);
        current = fresh;
        return fresh;
    }
}
