using Microsoft.EntityFrameworkCore;
using Portal.Content.Storage;
using Portal.Content.Taxonomies;
using Portal.Digests.Members;
using Portal.Digests.Outbox;
using Portal.Digests.Reporting;
using Portal.Digests.Subscriptions;

namespace Portal.Admin.Digests;

/// <summary>Reads <see cref="DigestFigures"/>: counts by grouping in the database, never row by row.</summary>
public sealed class DigestFigureQueries(PortalDbContext db, ClusterCatalog catalog, Taxonomy taxonomy)
{
    public const int SuspendedShown = 200;

    public async Task<DigestFigures> ReadAsync(CancellationToken cancellationToken)
    {
        // Subscriptions keep their clusters in one column: grouped by that column, then split here (few distinct sets).
        var sets = await db.Set<Subscription>().AsNoTracking()
            .GroupBy(s => new { s.Clusters, s.Status })
            .Select(g => new { g.Key.Clusters, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var perCluster = sets
            .SelectMany(s => s.Clusters.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(c => (Cluster: c, s.Status, s.Count)))
            .ToLookup(x => x.Cluster, StringComparer.Ordinal);
        var known = await catalog.ListAsync(taxonomy.Site.DefaultCulture, cancellationToken);
        var titles = known.ToDictionary(c => c.Id, c => c.Title, StringComparer.Ordinal);
        var clusterIds = known.Select(c => c.Id).Concat(perCluster.Select(g => g.Key).Where(id => !titles.ContainsKey(id)).Order(StringComparer.Ordinal));
        var clusters = clusterIds
            .Select(id => new ClusterSubscribers(id, titles.GetValueOrDefault(id, id), Count(perCluster[id], SubscriptionStatus.Active), Count(perCluster[id], SubscriptionStatus.Pending), Count(perCluster[id], SubscriptionStatus.Suspended)))
            .ToList();
        int Total(SubscriptionStatus status) => sets.Where(s => s.Status == status).Sum(s => s.Count);

        var digests = await db.Set<DigestRecord>().AsNoTracking()
            .GroupBy(r => r.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Status, x => x.Count, cancellationToken);
        var runs = db.Set<DigestPassRun>().AsNoTracking().OrderByDescending(r => r.StartedUtc).ThenByDescending(r => r.Id);
        var lastPass = await runs.FirstOrDefaultAsync(cancellationToken);
        var lastSending = await runs.FirstOrDefaultAsync(r => r.Sent > 0 || r.Failed > 0, cancellationToken);
        return new DigestFigures(clusters, Total(SubscriptionStatus.Active), Total(SubscriptionStatus.Pending), Total(SubscriptionStatus.Suspended), digests, lastPass, lastSending, await SuspendedAsync(cancellationToken));
    }

    private async Task<List<SuspendedSubscription>> SuspendedAsync(CancellationToken cancellationToken)
    {
        var suspended = await db.Set<Subscription>().AsNoTracking()
            .Where(s => s.Status == SubscriptionStatus.Suspended)
            .OrderByDescending(s => s.ModifiedUtc)
            .Take(SuspendedShown)
            .Select(s => new { s.Id, s.Email, s.ModifiedUtc, s.FailureCount })
            .ToListAsync(cancellationToken);
        var ids = suspended.Select(s => s.Id).ToList();
        var errors = (await db.Set<DigestRecord>().AsNoTracking()
                .Where(r => ids.Contains(r.SubscriptionId) && r.Status == DigestStatus.Failed && r.LastError != null)
                .Select(r => new { r.Id, r.SubscriptionId, r.LastError })
                .ToListAsync(cancellationToken))
            .GroupBy(r => r.SubscriptionId)
            .ToDictionary(g => g.Key, g => g.MaxBy(r => r.Id)!.LastError);
        return [.. suspended.Select(s => new SuspendedSubscription(s.Id, s.Email, s.ModifiedUtc, s.FailureCount, errors.GetValueOrDefault(s.Id)))];
    }

    private static int Count(IEnumerable<(string Cluster, SubscriptionStatus Status, int Count)> rows, SubscriptionStatus status) =>
        rows.Where(r => r.Status == status).Sum(r => r.Count);
}
