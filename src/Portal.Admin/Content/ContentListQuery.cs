using Microsoft.EntityFrameworkCore;
using Portal.Admin.Scheduling;
using Portal.Admin.Workflow;
using Portal.Content.Model;
using Portal.Content.Storage;

namespace Portal.Admin.Content;

/// <summary>
/// The admin's content list: newest change first, 50 a page. The order is the order of the indexes
/// IX_ContentItems_AdminListByType and IX_ContentItems_AdminList, which also hold the columns the type,
/// culture, status and title filters read: a page deep in 100,000 items skips index entries, not rows.
/// The count stops at <see cref="CountLimit"/>; a title search or a cluster, which no index narrows,
/// is not counted (it would read every entry): such a list says whether another page follows.
/// </summary>
public sealed class ContentListQuery(PortalDbContext db)
{
    public const int PageSize = 50;
    public const int CountLimit = 10_000;

    public static readonly IReadOnlyList<string> Statuses = ["draft", "published", "archived", "submitted", "changes-requested", "scheduled"];

    public async Task<ContentListPage> RunAsync(ContentListFilter filter, CancellationToken cancellationToken)
    {
        var items = Ordered(Filtered(filter));
        var page = Math.Clamp(filter.Page, 1, (CountLimit / PageSize) + 1);
        var rows = await Rows(items, page).ToListAsync(cancellationToken);
        int? total = null;
        if (page == 1 && rows.Count <= PageSize)
        {
            // The whole result is on this page: nothing more to count.
            total = rows.Count;
        }
        else if (filter.Query is null && filter.Cluster is null)
        {
            total = await items.Take(CountLimit + 1).CountAsync(cancellationToken);
        }

        if (rows.Count == 0 && page > 1)
        {
            // A page past the end shows the last one, as the public lists do.
            page = total is { } known ? Math.Max(1, (Math.Min(known, CountLimit) + PageSize - 1) / PageSize) : 1;
            rows = await Rows(items, page).ToListAsync(cancellationToken);
        }

        return new ContentListPage([.. rows.Take(PageSize)], total is { } t ? Math.Min(t, CountLimit) : null, total > CountLimit, page, rows.Count > PageSize);
    }

    private IQueryable<ContentItem> Filtered(ContentListFilter filter)
    {
        var items = db.ContentItems.AsNoTracking();
        if (filter.OwnerId is { } owner)
        {
            items = items.Where(x => x.OwnerId == owner);
        }

        if (filter.Type is { } type)
        {
            items = items.Where(x => x.Type == type);
        }

        if (filter.Culture is { } culture)
        {
            items = items.Where(x => x.Culture == culture);
        }

        if (filter.Query is { } query)
        {
            items = TitleContains(items, query);
        }

        if (filter.Cluster is { } cluster)
        {
            // The clusters of the public version: the terms listings filter on. A draft never published has none.
            items = items.Where(x => x.Terms.Any(t => t.Kind == TermKinds.Cluster && t.Value == cluster));
        }

        var reviews = db.Set<ContentReview>();
        return filter.Status switch
        {
            "draft" => items.Where(x => x.Status == ContentStatus.Draft),
            "published" => items.Where(x => x.Status == ContentStatus.Published),
            "archived" => items.Where(x => x.Status == ContentStatus.Archived),
            "submitted" => items.Where(x => reviews.Any(r => r.ContentId == x.ContentId && r.Culture == x.Culture && r.State == ReviewState.Submitted)),
            "changes-requested" => items.Where(x => reviews.Any(r => r.ContentId == x.ContentId && r.Culture == x.Culture && r.State == ReviewState.ChangesRequested)),
            "scheduled" => items.Where(x => db.Set<ScheduledPublication>().Any(s => s.ContentId == x.ContentId && s.Culture == x.Culture && s.DoneUtc == null)),
            _ => items,
        };
    }

    /// <summary>
    /// Case-insensitive "contains": SQLite's LIKE folds ASCII case and runs twice as fast as lower() and
    /// instr(); PostgreSQL's LIKE does not fold case, so there the title is lowered.
    /// </summary>
    private IQueryable<ContentItem> TitleContains(IQueryable<ContentItem> items, string query)
    {
        if (db.Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite")
        {
            var pattern = "%" + query.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            return items.Where(x => EF.Functions.Like(x.Title, pattern, "\\"));
        }

        var lower = query.ToLowerInvariant();
#pragma warning disable CA1862, CA1304, CA1311 // EF Core translates ToLower into SQL's lower(); the culture overloads it does not.
        return items.Where(x => x.Title.ToLower().Contains(lower));
#pragma warning restore CA1862, CA1304, CA1311
    }

    private static IQueryable<ContentItem> Ordered(IQueryable<ContentItem> items) =>
        items.OrderByDescending(x => x.ModifiedUtc).ThenByDescending(x => x.ContentId).ThenByDescending(x => x.Culture);

    private IQueryable<ContentListRow> Rows(IQueryable<ContentItem> ordered, int page) =>
        ordered.Skip((page - 1) * PageSize).Take(PageSize + 1)
            .Select(x => new ContentListRow(
                x.ContentId, x.Culture, x.Type, x.Title, x.Status, x.LatestVersion, x.PublishedVersion, x.ModifiedUtc, x.OwnerId,
                db.Set<ContentReview>().Where(r => r.ContentId == x.ContentId && r.Culture == x.Culture).Select(r => (ReviewState?)r.State).FirstOrDefault(),
                db.Set<ScheduledPublication>().Where(s => s.ContentId == x.ContentId && s.Culture == x.Culture && s.DoneUtc == null)
                    .OrderBy(s => s.DueUtc).Select(s => (DateTime?)s.DueUtc).FirstOrDefault()));
}
