using Microsoft.EntityFrameworkCore;
using Portal.Admin.Scheduling;
using Portal.Admin.Workflow;
using Portal.Content.Model;
using Portal.Content.Storage;

namespace Portal.Admin.Dashboard;

/// <summary>The dashboard's lists, each a short indexed query: review rows by state, pending publications by due time, items by last change.</summary>
public sealed class DashboardQueries(PortalDbContext db)
{
    public const int Rows = 20;

    /// <param name="ownerId">Only this user's items; null for every item.</param>
    public Task<List<DashboardRow>> ReviewsAsync(ReviewState state, string? ownerId, CancellationToken cancellationToken) =>
        (from review in db.Set<ContentReview>().AsNoTracking()
         join item in db.ContentItems.AsNoTracking() on new { review.ContentId, review.Culture } equals new { item.ContentId, item.Culture }
         where review.State == state && (ownerId == null || item.OwnerId == ownerId)
         orderby review.SubmittedUtc
         select new DashboardRow(item.ContentId, item.Culture, item.Type, item.Title, review.ReviewedUtc ?? review.SubmittedUtc, review.Comment))
        .Take(Rows).ToListAsync(cancellationToken);

    public Task<List<DashboardRow>> ScheduledAsync(CancellationToken cancellationToken) =>
        (from pending in db.Set<ScheduledPublication>().AsNoTracking()
         join item in db.ContentItems.AsNoTracking() on new { pending.ContentId, pending.Culture } equals new { item.ContentId, item.Culture }
         where pending.DoneUtc == null
         orderby pending.DueUtc
         select new DashboardRow(item.ContentId, item.Culture, item.Type, item.Title, pending.DueUtc, "version " + pending.VersionNumber))
        .Take(Rows).ToListAsync(cancellationToken);

    public Task<List<DashboardRow>> RecentAsync(CancellationToken cancellationToken) =>
        db.ContentItems.AsNoTracking().OrderByDescending(x => x.ModifiedUtc).Take(Rows)
            .Select(x => new DashboardRow(x.ContentId, x.Culture, x.Type, x.Title, x.ModifiedUtc, x.Status.ToString()))
            .ToListAsync(cancellationToken);

    /// <summary>A contributor's items whose latest version is not the public one: never published, or changed since.</summary>
    public Task<List<DashboardRow>> DraftsAsync(string ownerId, CancellationToken cancellationToken) =>
        db.ContentItems.AsNoTracking()
            .Where(x => x.OwnerId == ownerId && x.Status != ContentStatus.Archived && (x.PublishedVersion == null || x.PublishedVersion != x.LatestVersion))
            .OrderByDescending(x => x.ModifiedUtc).Take(Rows)
            .Select(x => new DashboardRow(x.ContentId, x.Culture, x.Type, x.Title, x.ModifiedUtc, "version " + x.LatestVersion))
            .ToListAsync(cancellationToken);
}
