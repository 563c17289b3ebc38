using Microsoft.EntityFrameworkCore;
using Portal.Content.Model;
using Portal.Content.Storage;

namespace Portal.Digests.Composition;

/// <summary>Reads published items for digests: once per pass for all subscriptions, not once per subscription.</summary>
public static class LiveItemLoader
{
    /// <summary>The items whose first culture went live in (<paramref name="fromUtc"/>, <paramref name="toUtc"/>] and are public at <paramref name="toUtc"/>.</summary>
    public static async Task<IReadOnlyList<LiveItem>> LiveBetweenAsync(PortalDbContext db, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken)
    {
        var ids = await PublicContent.Live(db, toUtc)
            .Where(i => i.LiveSinceUtc > fromUtc && i.LiveSinceUtc <= toUtc)
            .Select(i => i.ContentId)
            .Distinct()
            .ToListAsync(cancellationToken);
        var items = await LoadAsync(db, ids, cancellationToken);
        return [.. items.Values.Where(i => i.LiveSinceUtc > fromUtc && i.LiveSinceUtc <= toUtc)];
    }

    /// <summary>The published cultures of these items, by content id; an item no longer public is absent.</summary>
    public static async Task<Dictionary<string, LiveItem>> LoadAsync(PortalDbContext db, IReadOnlyCollection<string> contentIds, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, LiveItem>(StringComparer.Ordinal);
        foreach (var chunk in contentIds.Distinct().Chunk(500))
        {
            var rows = await PublicContent.Published(db)
                .Where(item => chunk.Contains(item.ContentId) && item.LiveSinceUtc != null)
                .WithPublicVersion(db, (item, version) => new { item.ContentId, item.Culture, item.Type, item.Slug, version.Title, version.Summary, LiveSinceUtc = item.LiveSinceUtc!.Value })
                .ToListAsync(cancellationToken);
            var clusters = await db.ContentTerms
                .Where(t => chunk.Contains(t.ContentId) && t.Kind == TermKinds.Cluster)
                .Select(t => new { t.ContentId, t.Value })
                .ToListAsync(cancellationToken);
            var clustersById = clusters.ToLookup(c => c.ContentId, c => c.Value, StringComparer.Ordinal);
            foreach (var group in rows.GroupBy(r => r.ContentId, StringComparer.Ordinal))
            {
                var cultures = group.OrderBy(r => r.Culture, StringComparer.Ordinal)
                    .Select(r => new DigestItem(r.ContentId, r.Culture, r.Type, r.Slug, r.Title, r.Summary, r.LiveSinceUtc))
                    .ToList();
                result[group.Key] = new LiveItem(group.Key, cultures.Min(c => c.LiveSinceUtc), clustersById[group.Key].ToHashSet(StringComparer.Ordinal), cultures);
            }
        }

        return result;
    }
}
