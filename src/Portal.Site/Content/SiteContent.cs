using Microsoft.EntityFrameworkCore;
using Portal.Content.Model;
using Portal.Content.Storage;
using Portal.Content.Taxonomies;
using Portal.Content.Types;
using Portal.Content.Urls;
using Portal.Search.Querying;
using Portal.Site.Events;

namespace Portal.Site.Content;

/// <summary>The published content the pages show, one item per id in the culture asked for (with fallback).</summary>
public sealed class SiteContent(PortalDbContext db, Taxonomy taxonomy, SiteUrls urls, TimeProvider clock, EventCalendar calendar, RelatedItems relatedItems)
{
    private string DefaultCulture => taxonomy.Site.DefaultCulture;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Set by the admin's draft preview only: <see cref="FindAsync"/> then answers this version of its
    /// item, whatever the slug asked for, so that the page's own handler renders the draft.
    /// </summary>
    public DraftVersion? Preview { get; set; }

    /// <summary>Published items of a type in a culture, optionally filtered by terms; the query is not run yet.</summary>
    public IQueryable<ContentItem> Query(string type, string culture, params (string Kind, string Value)[] terms)
    {
        var items = PublicContent.Live(db, Now).Where(x => x.Type == type);
        foreach (var (kind, value) in terms)
        {
            items = items.WithTerm(kind, value);
        }

        return items.InCulture(db, Now, culture, DefaultCulture);
    }

    /// <summary>Newest first, one page.</summary>
    public async Task<List<ContentCard>> NewestAsync(IQueryable<ContentItem> items, string culture, int skip, int take, CancellationToken cancellationToken) =>
        [.. (await CardsAsync(items.OrderByDescending(x => x.PublishedUtc).ThenBy(x => x.ContentId).Skip(skip).Take(take), culture, cancellationToken))
            .OrderByDescending(c => c.Published).ThenBy(c => c.Id, StringComparer.Ordinal)];

    public async Task<List<ContentCard>> AllAsync(IQueryable<ContentItem> items, string culture, CancellationToken cancellationToken) =>
        await CardsAsync(items.OrderBy(x => x.ContentId).Take(5000), culture, cancellationToken);

    /// <summary>The items related to one, best first (see <see cref="RelatedItems"/>), each in the culture asked for where it has it.</summary>
    public async Task<List<ContentCard>> RelatedAsync(ContentCard item, string culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var related = await relatedItems.FindAsync(db, item.Id, item.Culture, RelatedItems.DefaultCount, cancellationToken) ?? [];
        var cards = await ByIdsAsync(related.Select(r => r.Id), culture, cancellationToken);
        return [.. related.Where(r => cards.ContainsKey(r.Id)).Select(r => cards[r.Id])];
    }

    /// <summary>The items of these ids (any type) in a culture, by id.</summary>
    public async Task<Dictionary<string, ContentCard>> ByIdsAsync(IEnumerable<string> ids, string culture, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct(StringComparer.Ordinal).Take(500).ToList();
        if (wanted.Count == 0)
        {
            return [];
        }

        var items = PublicContent.Live(db, Now).Where(x => wanted.Contains(x.ContentId)).InCulture(db, Now, culture, DefaultCulture);
        var cards = await CardsAsync(items, culture, cancellationToken);
        return cards.GroupBy(c => c.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>
    /// Items of a scheduled type (events) in a culture, optionally only those with a term: at most <paramref name="take"/> upcoming ones
    /// (not ended yet, soonest first) and as many past ones (latest first), ordered by the event calendar.
    /// </summary>
    public async Task<(List<ContentCard> Upcoming, List<ContentCard> Past)> ScheduledAsync(string type, string culture, (string Kind, string Value)? term, int take, CancellationToken cancellationToken)
    {
        var schedule = await calendar.GetAsync(db, cancellationToken);
        var (upcoming, past) = schedule.Select(type, culture, term is { } t ? ScheduledEvent.TermKey(t.Kind, t.Value) : null, Now, take);
        List<ScheduledEvent> shown = [.. upcoming, .. past];
        if (shown.Count == 0)
        {
            return ([], []);
        }

        // Read again, so that an event unpublished since the calendar was read is left out.
        var ids = shown.Select(e => e.ContentId).Distinct(StringComparer.Ordinal).ToList();
        var cultures = shown.Select(e => e.Culture).Distinct(StringComparer.Ordinal).ToList();
        var cards = (await CardsAsync(PublicContent.Live(db, Now).Where(x => ids.Contains(x.ContentId) && cultures.Contains(x.Culture)), culture, cancellationToken))
            .ToDictionary(c => (c.Id, c.Culture));
        List<ContentCard> Cards(List<ScheduledEvent> events) => [.. events.Select(e => cards.GetValueOrDefault((e.ContentId, e.Culture))).OfType<ContentCard>()];
        return (Cards(upcoming), Cards(past));
    }

    /// <summary>The item of a type whose slug this is, in the culture asked for or its fallback; null when none is published.</summary>
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

        // One query: every public culture of every item that has this slug in some culture (one item in one to three cultures, as a rule).
        var live = PublicContent.Live(db, Now);
        var withSlug = live.Where(x => x.Type == type && x.Slug == slug).Select(x => x.ContentId);
        var rows = await live.Where(x => x.Type == type && withSlug.Contains(x.ContentId))
            .SelectMany(x => db.ContentVersions.Where(v => v.ContentId == x.ContentId && v.Culture == x.Culture && v.Number == x.PublishedVersion),
                (x, v) => new { x.ContentId, x.Slug, x.Culture, x.PublishedUtc, v.Title, v.Summary, v.FieldsJson, v.Html })
            .AsNoTracking().ToListAsync(cancellationToken);
        int Preference(string rowCulture) => rowCulture == culture ? 0 : rowCulture == DefaultCulture ? 1 : 2;
        var id = rows.Where(r => r.Slug == slug).OrderBy(r => Preference(r.Culture)).ThenBy(r => r.Culture, StringComparer.Ordinal).Select(r => r.ContentId).FirstOrDefault();
        if (id is null)
        {
            return null;
        }

        var cultures = rows.Where(r => r.ContentId == id).OrderBy(r => r.Culture, StringComparer.Ordinal).ToList();
        var chosen = cultures.OrderBy(r => Preference(r.Culture)).First();
        var card = new ContentCard(id, type, chosen.Slug, chosen.Title, chosen.Summary, urls.Item(type, chosen.Slug, chosen.Culture),
            chosen.Culture, chosen.PublishedUtc, ContentFields.Parse(chosen.FieldsJson));
        var translations = cultures.Select(x => new Translation(x.Culture, urls.Item(type, x.Slug, x.Culture))).ToList();
        return new ContentPage(card, chosen.Html, translations);
    }

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

    /// <summary>The values of one kind of term that published items of a type carry, for filter choices.</summary>
    public async Task<List<string>> TermValuesAsync(string type, string kind, CancellationToken cancellationToken)
    {
        var live = PublicContent.Live(db, Now).Where(x => x.Type == type);
        return await db.ContentTerms.Where(t => t.Kind == kind && live.Any(x => x.ContentId == t.ContentId && x.Culture == t.Culture))
            .Select(t => t.Value).Distinct().Take(500).ToListAsync(cancellationToken);
    }

    /// <summary>The cards of the items; each links to its page in <paramref name="culture"/>, which falls back where there is no translation.</summary>
    private async Task<List<ContentCard>> CardsAsync(IQueryable<ContentItem> items, string culture, CancellationToken cancellationToken)
    {
        var rows = await items
            .SelectMany(x => db.ContentVersions.Where(v => v.ContentId == x.ContentId && v.Culture == x.Culture && v.Number == x.PublishedVersion),
                (x, v) => new { x.ContentId, x.Type, x.Slug, x.Culture, x.PublishedUtc, v.Title, v.Summary, v.FieldsJson })
            .AsNoTracking().ToListAsync(cancellationToken);
        return [.. rows.Select(r => new ContentCard(
            r.ContentId, r.Type, r.Slug, r.Title, r.Summary, urls.Item(r.Type, r.Slug, culture), r.Culture, r.PublishedUtc,
            ContentFields.Parse(r.FieldsJson)))];
    }
}
