using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit.Utils;
using Portal.Content.Model;
using Portal.Content.Storage;
using Portal.Digests.Members;
using Portal.Digests.Outbox;
using Portal.Digests.Subscriptions;

namespace Portal.Digests.Composition;

/// <summary>
/// The next digest of a subscription as the next pass would compose it (the same window, the same
/// look-back, without what earlier digests listed), built by the pass's own <see cref="DigestMessages"/>
/// but neither recorded nor sent: the subscription's window and the outbox stay as they are. The mail
/// is addressed from a stand-in subscription with a random id, so that its unsubscribe and preference
/// links name no subscription and work for nobody who opens the preview or the test.
/// </summary>
public sealed class DigestPreview(PortalDbContext db, DigestMessages messages, ClusterCatalog catalog, IOptions<DigestOptions> options, TimeProvider clock)
{
    public const int SampleSize = 10;

    /// <param name="recipient">Where the mail would go: the member's own address for a preview, an editor's for a test.</param>
    /// <param name="sampleWhenEmpty">With nothing new, a digest over the latest items of the member's clusters instead of none.</param>
    public async Task<PreviewedDigest> ComposeAsync(Subscription subscription, string recipient, string baseUrl, bool sampleWhenEmpty, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var now = clock.GetUtcNow().UtcDateTime;
        // A subscription never confirmed has no window yet: it starts now, and lists nothing.
        var start = subscription.ConfirmedUtc is null ? now : DigestWindow.Start(subscription, options.Value);
        var items = await NewItemsAsync(subscription, start, now, cancellationToken);
        var waiting = await db.Set<DigestRecord>().CountAsync(r => r.SubscriptionId == subscription.Id && r.Status == DigestStatus.Pending, cancellationToken);
        var sample = false;
        if (items.Count == 0 && sampleWhenEmpty)
        {
            items = await LatestItemsAsync(subscription, cancellationToken);
            sample = true;
        }

        if (items.Count == 0)
        {
            return new PreviewedDigest(items, null, sample, start, waiting);
        }

        var standIn = new Subscription
        {
            Id = Guid.NewGuid(),
            Email = recipient,
            Culture = subscription.Culture,
            Clusters = subscription.Clusters,
            Frequency = subscription.Frequency,
            TimeZone = subscription.TimeZone,
            ConfirmStamp = "",
        };
        var record = new DigestRecord { SubscriptionId = standIn.Id, PeriodKey = "preview", ItemKeys = string.Join('\n', items.Select(i => i.ContentId)) };
        var clusters = await catalog.ListAsync(subscription.Culture, cancellationToken);
        var message = messages.Build(record, standIn, items, clusters, baseUrl, new DigestRenderings());
        // Not the Message-ID of a recorded digest: a preview or test must never fold into a real one.
        message.MessageId = MimeUtils.GenerateMessageId(new Uri(baseUrl).Host);
        return new PreviewedDigest(items, message, sample, start, waiting);
    }

    private async Task<IReadOnlyList<LiveItem>> NewItemsAsync(Subscription subscription, DateTime start, DateTime now, CancellationToken cancellationToken)
    {
        if (start >= now)
        {
            return [];
        }

        var live = await LiveItemLoader.LiveBetweenAsync(db, start, now, cancellationToken);
        var earlier = await db.Set<DigestRecord>().AsNoTracking()
            .Where(r => r.SubscriptionId == subscription.Id && r.WindowEndUtc > start)
            .Select(r => r.ItemKeys)
            .ToListAsync(cancellationToken);
        return DigestWindow.Items(live, subscription, start, earlier);
    }

    private async Task<IReadOnlyList<LiveItem>> LatestItemsAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        var clusters = subscription.ClusterIds.ToList();
        var rows = await (
                from item in PublicContent.Published(db)
                where item.LiveSinceUtc != null
                join term in db.ContentTerms on new { item.ContentId, item.Culture } equals new { term.ContentId, term.Culture }
                where term.Kind == TermKinds.Cluster && clusters.Contains(term.Value)
                orderby item.LiveSinceUtc descending
                select item.ContentId)
            .Take(SampleSize * 20)
            .ToListAsync(cancellationToken);
        var ids = rows.Distinct(StringComparer.Ordinal).Take(SampleSize).ToList();
        var loaded = await LiveItemLoader.LoadAsync(db, ids, cancellationToken);
        return [.. loaded.Values.OrderByDescending(i => i.LiveSinceUtc)];
    }
}
