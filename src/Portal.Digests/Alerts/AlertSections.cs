using Microsoft.EntityFrameworkCore;
using Portal.Content.Storage;
using Portal.Digests.Composition;

namespace Portal.Digests.Alerts;

/// <summary>The alerts' sections of the mails a batch sends: per mail, each alert still active with the items still public, oldest alert first.</summary>
public static class AlertSections
{
    /// <summary>By digest record.</summary>
    public static Task<ILookup<long, AlertItems>> ByRecordAsync(PortalDbContext db, IReadOnlyList<AlertMatch> matches, IReadOnlyDictionary<string, LiveItem> items, CancellationToken cancellationToken) =>
        GroupAsync(db, matches, m => m.DigestRecordId, items, cancellationToken);

    /// <summary>By alert mail.</summary>
    public static Task<ILookup<long, AlertItems>> ByAlertMailAsync(PortalDbContext db, IReadOnlyList<AlertMatch> matches, IReadOnlyDictionary<string, LiveItem> items, CancellationToken cancellationToken) =>
        GroupAsync(db, matches, m => m.AlertMailId, items, cancellationToken);

    private static async Task<ILookup<long, AlertItems>> GroupAsync(PortalDbContext db, IReadOnlyList<AlertMatch> matches, Func<AlertMatch, long?> mail, IReadOnlyDictionary<string, LiveItem> items, CancellationToken cancellationToken)
    {
        var ids = matches.Select(m => m.AlertId).Distinct().ToList();
        // An alert ended after its items were recorded sends nothing more.
        var alerts = ids.Count == 0 ? [] : await db.Set<SearchAlert>().AsNoTracking().Where(a => ids.Contains(a.Id) && a.EndedUtc == null).ToDictionaryAsync(a => a.Id, cancellationToken);
        return matches
            .Where(m => mail(m) is not null && alerts.ContainsKey(m.AlertId))
            .GroupBy(m => (Mail: mail(m)!.Value, m.AlertId))
            .Select(g => (g.Key.Mail, Items: new AlertItems(alerts[g.Key.AlertId], [.. g.Select(m => items.GetValueOrDefault(m.ContentId)).OfType<LiveItem>().OrderByDescending(i => i.LiveSinceUtc).ThenBy(i => i.ContentId, StringComparer.Ordinal)])))
            .Where(x => x.Items.Items.Count > 0)
            .OrderBy(x => x.Items.Alert.CreatedUtc)
            .ToLookup(x => x.Mail, x => x.Items);
    }
}
