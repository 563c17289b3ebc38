using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Portal.Content.Storage;
using Portal.Digests.Composition;
using Portal.Search.Querying;

namespace Portal.Digests.Alerts;

/// <summary>
/// The first step of a pass: the items that went live since each alert's last window (looking back
/// <see cref="DigestOptions.LateCommitMinutes"/>, never before the alert was saved) are one filter of
/// the index, and every active alert's search runs inside it. What an alert finds for the first time
/// is recorded in the same transaction that moves every alert's window on.
/// </summary>
public sealed class AlertMatching(IServiceProvider services, IHostApplicationLifetime lifetime, IOptions<DigestOptions> options, TimeProvider clock)
{
    /// <returns>How many new matches were recorded.</returns>
    public async Task<int> RunAsync(PortalDbContext db, DateTime windowEndUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        // Only a running site searches: its index is this node's own. A verb's process (digests send,
        // beside a running site) must not open the index folder the site holds; the site's next pass
        // matches, since no window moved, and the verb sends what is already matched.
        if (!lifetime.ApplicationStarted.IsCancellationRequested)
        {
            return 0;
        }

        var alerts = await db.Set<SearchAlert>().AsNoTracking().Where(a => a.EndedUtc == null).ToListAsync(cancellationToken);
        if (alerts.Count == 0)
        {
            return 0;
        }

        var lateCommit = TimeSpan.FromMinutes(Math.Max(0, options.Value.LateCommitMinutes));
        DateTime Start(SearchAlert alert) => (alert.MatchedUntilUtc ?? alert.CreatedUtc) - lateCommit is var from && from > alert.CreatedUtc ? from : alert.CreatedUtc;
        var live = await LiveItemLoader.LiveBetweenAsync(db, alerts.Min(Start), windowEndUtc, cancellationToken);
        var recorded = 0;
        if (live.Count > 0)
        {
            var ids = live.Select(i => i.ContentId).ToList();
            var found = await services.GetRequiredService<SearchMatches>().AmongAsync(ids, [.. alerts.Select(a => new SearchRequest(a.Query, a.Type, a.Cluster, a.Country, a.Hazard, a.Culture))], cancellationToken);
            var alertIds = alerts.Select(a => a.Id).ToList();
            var known = new HashSet<(Guid, string)>();
            foreach (var chunk in ids.Chunk(500))
            {
                known.UnionWith((await db.Set<AlertMatch>().Where(m => alertIds.Contains(m.AlertId) && chunk.Contains(m.ContentId)).Select(m => new { m.AlertId, m.ContentId }).ToListAsync(cancellationToken))
                    .Select(m => (m.AlertId, m.ContentId)));
            }

            var now = clock.GetUtcNow().UtcDateTime;
            for (var i = 0; i < alerts.Count; i++)
            {
                var start = Start(alerts[i]);
                foreach (var item in live.Where(item => item.LiveSinceUtc > start && found[i].Contains(item.ContentId) && !known.Contains((alerts[i].Id, item.ContentId))))
                {
                    db.Add(new AlertMatch { AlertId = alerts[i].Id, ContentId = item.ContentId, MatchedUtc = now });
                    recorded++;
                }
            }
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var matched = alerts.Select(a => a.Id).ToList();
        await db.Set<SearchAlert>().Where(a => matched.Contains(a.Id) && (a.MatchedUntilUtc == null || a.MatchedUntilUtc < windowEndUtc)).ExecuteUpdateAsync(a => a.SetProperty(x => x.MatchedUntilUtc, windowEndUtc), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return recorded;
    }
}
