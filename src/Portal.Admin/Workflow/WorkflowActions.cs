using Microsoft.EntityFrameworkCore;
using Portal.Admin.Audit;
using Portal.Admin.Scheduling;
using Portal.Content.Model;
using Portal.Content.Publishing;

namespace Portal.Admin.Workflow;

/// <summary>
/// An editor's decisions on an item, each through <see cref="ContentOperations"/> (so that search,
/// caches and digests follow) and recorded in the audit log in the same save.
/// </summary>
public sealed class WorkflowActions(ContentOperations operations, AuditLog audit, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <returns>Why the latest version cannot be published, or null when it was (not yet saved).</returns>
    public async Task<string?> PublishLatestAsync(ContentItem item, string action, CancellationToken cancellationToken)
    {
        var db = operations.Db;
        var version = await db.ContentVersions.FirstAsync(v => v.ContentId == item.ContentId && v.Culture == item.Culture && v.Number == item.LatestVersion, cancellationToken);
        var slug = version.Slug ?? item.Slug;
        var holder = await db.ContentItems.AsNoTracking()
            .Where(x => x.Type == item.Type && x.Culture == item.Culture && x.Slug == slug && x.ContentId != item.ContentId)
            .Select(x => x.ContentId).FirstOrDefaultAsync(cancellationToken);
        if (holder is not null)
        {
            return $"the slug '{slug}' is the address of the item '{holder}'; give this item another slug first";
        }

        operations.Publish(item, version);
        await CancelPendingAsync(item, cancellationToken);
        await EndReviewAsync(item, cancellationToken);
        audit.Record(action, Key(item), $"version {version.Number}");
        return null;
    }

    /// <summary>A <see cref="ScheduledPublication"/> of the latest version; earlier pending ones of the item are cancelled.</summary>
    public async Task ScheduleLatestAsync(ContentItem item, DateTime dueUtc, string action, string userId, CancellationToken cancellationToken)
    {
        await CancelPendingAsync(item, cancellationToken);
        operations.Db.Add(new ScheduledPublication
        {
            ContentId = item.ContentId,
            Culture = item.Culture,
            VersionNumber = item.LatestVersion,
            DueUtc = dueUtc,
            ScheduledBy = userId,
            CreatedUtc = Now,
        });
        await EndReviewAsync(item, cancellationToken);
        audit.Record(action, Key(item), $"version {item.LatestVersion} at {dueUtc:yyyy-MM-dd HH:mm} UTC");
    }

    /// <returns>False when nothing awaits review.</returns>
    public async Task<bool> SendBackAsync(ContentItem item, string comment, string userId, CancellationToken cancellationToken)
    {
        var review = await Reviews(item).FirstOrDefaultAsync(cancellationToken);
        if (review is not { State: ReviewState.Submitted })
        {
            return false;
        }

        review.State = ReviewState.ChangesRequested;
        review.Comment = comment;
        review.ReviewedBy = userId;
        review.ReviewedUtc = Now;
        audit.Record("content.send-back", Key(item), comment);
        return true;
    }

    public async Task<bool> AwaitsReviewAsync(ContentItem item, CancellationToken cancellationToken) =>
        await Reviews(item).AnyAsync(r => r.State == ReviewState.Submitted, cancellationToken);

    public async Task UnpublishAsync(ContentItem item, CancellationToken cancellationToken)
    {
        operations.Unpublish(item);
        await CancelPendingAsync(item, cancellationToken);
        audit.Record("content.unpublish", Key(item));
    }

    public async Task ArchiveAsync(ContentItem item, CancellationToken cancellationToken)
    {
        operations.Archive(item);
        await CancelPendingAsync(item, cancellationToken);
        await EndReviewAsync(item, cancellationToken);
        audit.Record("content.archive", Key(item));
    }

    /// <returns>How many pending publications were cancelled.</returns>
    public async Task<int> CancelPendingAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var pending = await operations.Db.Set<ScheduledPublication>()
            .Where(s => s.ContentId == item.ContentId && s.Culture == item.Culture && s.DoneUtc == null)
            .ToListAsync(cancellationToken);
        foreach (var row in pending)
        {
            row.DoneUtc = Now;
            row.Cancelled = true;
        }

        return pending.Count;
    }

    public void RecordCancellation(ContentItem item) => audit.Record("content.schedule-cancel", Key(item));

    private async Task EndReviewAsync(ContentItem item, CancellationToken cancellationToken)
    {
        if (await Reviews(item).FirstOrDefaultAsync(cancellationToken) is { } review)
        {
            operations.Db.Remove(review);
        }
    }

    private IQueryable<ContentReview> Reviews(ContentItem item) =>
        operations.Db.Set<ContentReview>().Where(r => r.ContentId == item.ContentId && r.Culture == item.Culture);

    private static string Key(ContentItem item) => $"{item.ContentId}/{item.Culture}";
}
