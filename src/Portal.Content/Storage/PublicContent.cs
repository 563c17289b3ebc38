using System.Linq.Expressions;
using Portal.Content.Model;

namespace Portal.Content.Storage;

/// <summary>
/// The items the public may see now, one per id in the culture asked for: that culture where a
/// translation exists, else the site's default culture, else the first other culture.
/// </summary>
public static class PublicContent
{
    /// <summary>Items with a public version, whether already public or scheduled: what the search index holds, so that a scheduled item is found at its moment without a change.</summary>
    public static IQueryable<ContentItem> Published(PortalDbContext db) =>
        db.ContentItems.Where(x => x.Status == ContentStatus.Published);

    /// <summary>What the public may see now: published, and its publication moment come.</summary>
    public static IQueryable<ContentItem> Live(PortalDbContext db, DateTime nowUtc) =>
        Published(db).Where(x => x.PublishedUtc <= nowUtc);

    /// <summary>Each item with its public version, projected by <paramref name="select"/> so that only the columns asked for are read.</summary>
    public static IQueryable<T> WithPublicVersion<T>(this IQueryable<ContentItem> items, PortalDbContext db, Expression<Func<ContentItem, ContentVersion, T>> select)
    {
        ArgumentNullException.ThrowIfNull(db);
        return items.SelectMany(x => db.ContentVersions.Where(v => v.ContentId == x.ContentId && v.Culture == x.Culture && v.Number == x.PublishedVersion), select);
    }

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
