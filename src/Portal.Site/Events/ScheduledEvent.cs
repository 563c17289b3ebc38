namespace Portal.Site.Events;

/// <summary>A published item with a schedule (an event) in one culture: when it goes public, when it runs (UTC), and the clusters, cities and organizations it is filed under.</summary>
public sealed record ScheduledEvent(string ContentId, string Type, string Culture, DateTime PublishedUtc, DateTime StartUtc, DateTime EndUtc, IReadOnlySet<string> Terms)
{
    public static string TermKey(string kind, string value) => $"{kind}\u001f{value}";
}
