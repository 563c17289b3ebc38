using Portal.Content.Model;

namespace Portal.Content.Storage;

/// <summary>
/// The items the public may see now, one per id in the culture asked for: that culture where a
/// translation exists, else the site's default culture, else the first other culture.
/// </summary>
public static class PublicContent
{
    public static IQueryable<ContentItem> Live(PortalDbContext db, DateTime nowUtc) =>
        db.ContentItems.Where(x => x.Status == ContentStatus.Published && x.PublishedUtc <= nowUtc);

    public static IQueryable<ContentItem> InCulture(this IQueryable<ContentItem> items, PortalDbContext db, DateTime nowUtc, string culture, string defaultCulture)
    {
        var live = Live(db, nowUtc);
#pragma warning disable CA1309 // EF Core translates only the two-argument string.Compare into SQL; culture codes are ASCII.
        return items.Where(x =>
            x.Culture == culture
            || (x.Culture == defaultCulture && !live.Any(o => o.ContentId == x.ContentId && o.Culture == culture))
            || (x.Culture != culture && x.Culture != defaultCulture
                && !live.Any(o => o.ContentId == x.ContentId
                    && (o.Culture == culture || o.Culture == defaultCulture || string.Compare(o.Culture, x.Culture) < 0))));
#pragma warning restore CA1309
    }

    public static IQueryable<ContentItem> WithTerm(this IQueryable<ContentItem> items, string kind, string value) =>
        items.Where(x => x.Terms.Any(t => t.Kind == kind && t.Value == value));

    public static IQueryable<ContentItem> WithAnyTerm(this IQueryable<ContentItem> items, string kind, IReadOnlyList<string> values) =>
        items.Where(x => x.Terms.Any(t => t.Kind == kind && values.Contains(t.Value)));
}
