using Microsoft.EntityFrameworkCore;
using Portal.Content.Model;
using Portal.Content.ReadModel;
using Portal.Content.Storage;
using Portal.Content.Taxonomies;
using Portal.Content.Types;
using Portal.Content.Urls;
using Portal.Search.Querying;
using Portal.Site.Events;

namespace Portal.Site.Content;

/// <summary>
/// The public content the pages show, one item per id in the culture asked for (with fallback), read
/// from this process's <see cref="PublicReadModel"/>; an item's body and a draft preview from the database.
/// </summary>
public sealed class SiteContent(PortalDbContext db, SiteUrls urls, TimeProvider clock, EventCalendar calendar, RelatedItems relatedItems, PublicReadModel publicModel)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Set by the admin's draft preview only: <see cref="FindAsync"/> then answers this version of its
    /// item, whatever the slug asked for, so that the page's own handler renders the draft.
    /// </summary>
    public DraftVersion? Preview { get; set; }

    /// <summary>Public items of a type shown in a culture, optionally only those filed under every one of <paramref name="terms"/>.</summary>
    public static SiteQuery Query(string type, string culture, params (string Kind, string Value)[] terms)
    {
        var keys = terms.Select(t => PublicEntry.TermKey(t.Kind, t.Value)).ToArray();
        return new SiteQuery(type, culture, keys.Length == 0 ? _ => true : e => keys.All(e.Terms.Contains));
    }

    /// <summary>Newest first, one page; each card links to its page in <paramref name="culture"/>.</summary>
    public async Task<List<ContentCard>> NewestAsync(SiteQuery query, string culture, int skip, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var snapshot = await publicModel.GetAsync(db, cancellationToken);
        return [.. snapshot.Shown(query.Type, query.Culture).Where(query.Filter).Skip(skip).Take(take).Select(e => Card(e, culture))];
    }

    public async Task<int> CountAsync(SiteQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var snapshot = await publicModel.GetAsync(db, cancellationToken);
        return snapshot.Shown(query.Type, query.Culture).Count(query.Filter);
    }

    /// <summary>The years the items of a query are dated in (their own dates, <see cref="PublicEntry.Year"/>), latest first: the year filter's choices.</summary>
    public async Task<List<int>> YearsAsync(SiteQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var snapshot = await publicModel.GetAsync(db, cancellationToken);
        return [.. snapshot.Shown(query.Type, query.Culture).Where(query.Filter).Select(e => e.Year).OfType<int>().Distinct().OrderDescending()];
    }

    /// <summary>Every one (up to 5,000), by id.</summary>
    public async Task<List<ContentCard>> AllAsync(SiteQuery query, string culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var snapshot = await publicModel.GetAsync(db, cancellationToken);
        return [.. snapshot.Shown(query.Type, query.Culture).Where(query.Filter).OrderBy(e => e.ContentId, StringComparer.Ordinal).Take(5000).Select(e => Card(e, culture))];
    }

    /// <summary>The items related to one, best first (see <see cref="RelatedItems"/>), each in the culture asked for where it has it.</summary>
    public async Task<List<ContentCard>> RelatedAsync(ContentCard item, string culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var related = await relatedItems.FindAsync(db, item.Id, item.Culture, RelatedItems.DefaultCount, cancellationToken) ?? [];
        var cards = await ByIdsAsync(related.Select(r => r.Id), culture, cancellationToken);
        return [.. related.Where(r => cards.ContainsKey(r.Id)).Select(r => cards[r.Id])];
    }

    /// <summary>The public items of these ids (any type) in a culture, by id.</summary>
    public async Task<Dictionary<string, ContentCard>> ByIdsAsync(IEnumerable<string> ids, string culture, CancellationToken cancellationToken)
    {
        var snapshot = await publicModel.GetAsync(db, cancellationToken);
        return ids.Distinct(StringComparer.Ordinal).Take(500).Select(id => snapshot.Item(id, culture)).OfType<PublicEntry>()
            .ToDictionary(e => e.ContentId, e => Card(e, culture), StringComparer.Ordinal);
    }

    /// <summary>
    /// Items of a scheduled type (events) in a culture, optionally only those with a term: at most <paramref name="take"/> upcoming ones
    /// (not ended yet, soonest first) and as many past ones (latest first), ordered by the event calendar.
    /// </summary>
    public async Task<(List<ContentCard> Upcoming, List<ContentCard> Past)> ScheduledAsync(string type, string culture, (string Kind, string Value)? term, int take, CancellationToken cancellationToken)
    {
        var schedule = await calendar.GetAsync(db, cancellationToken);
        var (upcoming, past) = schedule.Select(type, culture, term is { } t ? PublicEntry.TermKey(t.Kind, t.Value) : null, Now, take);
        return ([.. upcoming.Select(e => Card(e.Entry, culture))], [.. past.Select(e => Card(e.Entry, culture))]);
    }

    /// <summary>The item of a type whose slug this is, in the culture asked for or its fallback; null when none is public.</summary>
    public async Task<ContentPage?> FindAsync(string type, string slug, string culture, CancellationToken cancellationToken)
    {
        if (Preview is { } preview)
        {
            return await DraftAsync(type, preview, cancellationToken);
        }

        if (slug.Length is 0 or > 200)
        {
            return null;
        }

        var snapshot = await publicModel.GetAsync(db, cancellationToken);
        if (snapshot.FindBySlug(type, slug, culture) is not var (shown, cultures))
        {
            return null;
        }

        var html = await db.ContentVersions.Where(v => v.ContentId == shown.ContentId && v.Culture == shown.Culture && v.Number == shown.Version)
            .Select(v => v.Html).FirstOrDefaultAsync(cancellationToken);
        if (html is null)
        {
            return null;
        }

        var card = new ContentCard(shown.ContentId, type, shown.Slug, shown.Title, shown.Summary, urls.Item(type, shown.Slug, shown.Culture), shown.Culture, shown.PublishedUtc, shown.Fields);
        return new ContentPage(card, html, [.. cultures.Select(x => new Translation(x.Culture, urls.Item(type, x.Slug, x.Culture)))]);
    }

    /// <summary>The values of one kind of term that public items of a type carry, for filter choices.</summary>
    public async Task<IReadOnlyList<string>> TermValuesAsync(string type, string kind, CancellationToken cancellationToken)
    {
        var snapshot = await publicModel.GetAsync(db, cancellationToken);
        return snapshot.TermValues(type, kind);
    }

    /// <summary>Every public item, each with its public cultures: for the sitemap.</summary>
    public async Task<IEnumerable<IReadOnlyList<PublicEntry>>> ItemsAsync(CancellationToken cancellationToken) =>
        (await publicModel.GetAsync(db, cancellationToken)).Items;

    private async Task<ContentPage?> DraftAsync(string type, DraftVersion draft, CancellationToken cancellationToken)
    {
        var row = await db.ContentItems.AsNoTracking()
            .Where(x => x.ContentId == draft.ContentId && x.Culture == draft.Culture && x.Type == type)
            .SelectMany(x => db.ContentVersions.Where(v => v.ContentId == x.ContentId && v.Culture == x.Culture && v.Number == draft.Number),
                (x, v) => new { x.Slug, x.PublishedUtc, VersionSlug = v.Slug, VersionPublished = v.PublishedUtc, v.Title, v.Summary, v.FieldsJson, v.Html })
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var slug = row.VersionSlug ?? row.Slug;
        var card = new ContentCard(draft.ContentId, type, slug, row.Title, row.Summary, urls.Item(type, slug, draft.Culture),
            draft.Culture, row.VersionPublished ?? row.PublishedUtc ?? Now, ContentFields.Parse(row.FieldsJson));
        var live = await PublicContent.Live(db, Now).Where(x => x.ContentId == draft.ContentId && x.Type == type && x.Culture != draft.Culture)
            .Select(x => new { x.Culture, x.Slug }).ToListAsync(cancellationToken);
        var translations = live.Select(x => new Translation(x.Culture, urls.Item(type, x.Slug, x.Culture)))
            .Append(new Translation(draft.Culture, card.Url)).OrderBy(t => t.Culture, StringComparer.Ordinal).ToList();
        return new ContentPage(card, row.Html, translations);
    }

    private ContentCard Card(PublicEntry entry, string culture) =>
        new(entry.ContentId, entry.Type, entry.Slug, entry.Title, entry.Summary, urls.Item(entry.Type, entry.Slug, culture), entry.Culture, entry.PublishedUtc, entry.Fields);
}
