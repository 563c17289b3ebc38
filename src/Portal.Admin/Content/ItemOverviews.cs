using Microsoft.EntityFrameworkCore;
using Portal.Admin.Scheduling;
using Portal.Admin.Workflow;
using Portal.Content.Model;
using Portal.Content.Storage;
using Portal.Content.Urls;

namespace Portal.Admin.Content;

/// <summary>Reads an item with its review, its pending schedule and the cultures its id exists in.</summary>
public sealed class ItemOverviews(PortalDbContext db, SiteUrls urls)
{
    /// <summary>Null when there is no such item; the item is not tracked.</summary>
    public async Task<ItemOverview?> FindAsync(string contentId, string culture, CancellationToken cancellationToken)
    {
        if (contentId.Length > 100 || culture.Length > 8)
        {
            return null;
        }

        var item = await db.ContentItems.AsNoTracking().FirstOrDefaultAsync(x => x.ContentId == contentId && x.Culture == culture, cancellationToken);
        if (item is null)
        {
            return null;
        }

        var review = await db.Set<ContentReview>().AsNoTracking().FirstOrDefaultAsync(r => r.ContentId == contentId && r.Culture == culture, cancellationToken);
        var pending = await db.Set<ScheduledPublication>().AsNoTracking()
            .Where(s => s.ContentId == contentId && s.Culture == culture && s.DoneUtc == null)
            .OrderBy(s => s.DueUtc).FirstOrDefaultAsync(cancellationToken);
        var cultures = await db.ContentItems.AsNoTracking().Where(x => x.ContentId == contentId)
            .Select(x => x.Culture).OrderBy(c => c).ToListAsync(cancellationToken);
        var publicUrl = item.Status == ContentStatus.Published
            ? urls.Item(item.Type, item.Slug, item.Culture)
            : null;
        return new ItemOverview(item, publicUrl, review, pending, cultures);
    }
}
