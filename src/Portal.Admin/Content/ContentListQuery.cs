using Microsoft.EntityFrameworkCore;
using Portal.Admin.Scheduling;
using Portal.Admin.Workflow;
using Portal.Content.Model;
using Portal.Content.Storage;

namespace Portal.Admin.Content;

/// <summary>
/// The admin's content list: newest change first, 50 a page, on the indexes (Type, ModifiedUtc),
/// (ModifiedUtc) and (OwnerId, ModifiedUtc). The count stops at <see cref="CountLimit"/>, so that a
/// broad filter over 100,000 items costs no more than a narrow one.
/// </summary>
public sealed class ContentListQuery(PortalDbContext db)
{
    public const int PageSize = 50;
    public const int CountLimit = 10_000;

    public static readonly IReadOnlyList<string> Statuses = ["draft", "published", "archived", "submitted", "changes-requested", "scheduled"];

    public async Task<ContentListPage> RunAsync(ContentListFilter filter, CancellationToken cancellationToken)
    {
        var items = Filtered(filter);
        var pageCountLimit = (CountLimit / PageSize) + 1;
        var page = Math.Clamp(filter.Page, 1, pageCountLimit);
        var rows = await Rows(items, (page - 1) * PageSize, PageSize + 1).ToListAsync(cancellationToken);
        int total;
        if (page == 1 && rows.Count <= PageSize)
        {
            // The whole result is on this page: no second query.
            total = rows.Count;
        }
        else
        {
            total = await items.OrderByDescending(x => x.ModifiedUtc).Take(CountLimit + 1).CountAsync(cancellationToken);
        }

        var pageCount = Math.Max(1, (Math.Min(total, CountLimit) + PageSize - 1) / PageSize);
        if (rows.Count == 0 && page > pageCount)
        {
            // A page past the end shows the last one, as the public lists do.
            page = pageCount;
            rows = await Rows(items, (page - 1) * PageSize, PageSize + 1).ToListAsync(cancellationToken);
        }

        return new ContentListPage([.. rows.Take(PageSize)], Math.Min(total, CountLimit), total > CountLimit, page, pageCount);
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
            var lower = query.ToLowerInvariant();
#pragma warning disable CA1862, CA1304, CA1311 // EF Core translates ToLower into SQL's lower(); the culture overloads it does not.
            items = items.Where(x => x.Title.ToLower().Contains(lower));
#pragma warning restore CA1862, CA1304, CA1311
        }

        if (filter.Cluster is { } cluster)
        {
            // The public version's clusters are terms; an item never published has only its draft's fields.
            var quoted = $"\"{cluster}\"";
            items = items.Where(x => x.Terms.Any(t => t.Kind == TermKinds.Cluster && t.Value == cluster)
                || (x.PublishedVersion == null && db.ContentVersions.Any(v =>
                    v.ContentId == x.ContentId && v.Culture == x.Culture && v.Number == x.LatestVersion && v.FieldsJson.Contains(quoted))));
        }

        return filter.Status switch
        {
            "draft" => items.Where(x => x.Status == ContentStatus.Draft),
            "published" => items.Where(x => x.Status == ContentStatus.Published),
            "archived" => items.Where(x => x.Status == ContentStatus.Archived),
            "submitted" => items.Where(x => db.Set<ContentReview>().Any(r => r.ContentId == x.ContentId && r.Culture == x.Culture && r.State == ReviewState.Submitted)),
            "changes-requested" => items.Where(x => db.Set<ContentReview>().Any(r => r.ContentId == x.ContentId && r.Culture == x.Culture && r.State == ReviewState.ChangesRequested)),
            "scheduled" => items.Where(x => db.Set<ScheduledPublication>().Any(s => s.ContentId == x.ContentId && s.Culture == x.Culture && s.DoneUtc == null)),
            _ => items,
        };
    }

    private IQueryable<ContentListRow> Rows(IQueryable<ContentItem> items, int skip, int take) =>
        items.OrderByDescending(x => x.ModifiedUtc).ThenBy(x => x.ContentId).ThenBy(x => x.Culture)
            .Skip(skip).Take(take)
            .Select(x => new ContentListRow(
                x.ContentId, x.Culture, x.Type, x.Title, x.Status, x.LatestVersion, x.PublishedVersion, x.ModifiedUtc, x.OwnerId,
                db.Set<ContentReview>().Where(r => r.ContentId == x.ContentId && r.Culture == x.Culture).Select(r => (ReviewState?)r.State).FirstOrDefault(),
                db.Set<ScheduledPublication>().Where(s => s.ContentId == x.ContentId && s.Culture == x.Culture && s.DoneUtc == null)
                    .OrderBy(s => s.DueUtc).Select(s => (DateTime?)s.DueUtc).FirstOrDefault()));
}
