using Portal.Content.ReadModel;

namespace Portal.Site.Events;

/// <summary>A public item with a schedule (an event), as shown in one culture, with when it runs (UTC).</summary>
public sealed record ScheduledEvent(PublicEntry Entry, DateTime StartUtc, DateTime EndUtc);
