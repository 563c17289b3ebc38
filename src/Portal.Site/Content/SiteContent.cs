using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Portal.Content.Model;
using Portal.Content.Storage;
using Portal.Content.Taxonomies;

namespace Portal.Site.Content;

/// <summary>The published content the pages show, one item per id in the culture asked for (with fallback).</summary>
public sealed class SiteContent(PortalDbContext db, Taxonomy taxonomy, TimeProvider clock)
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

        var ids = await PublicContent.Live(db, Now).Where(x => x.Type == type && x.Slug == slug)
            .Select(x => new { x.ContentId, x.Culture }).ToListAsync(cancellationToken);
        var id = ids.OrderBy(x => x.Culture == culture ? 0 : x.Culture == DefaultCulture ? 1 : 2).Select(x => x.ContentId).FirstOrDefault();
        if (id is null)
        {
            return null;
        }

        var live = await PublicContent.Live(db, Now).Where(x => x.ContentId == id && x.Type == type)
            .Select(x => new { x.Culture, x.Slug }).ToListAsync(cancellationToken);
        var chosen = live.OrderBy(x => x.Culture == culture ? 0 : x.Culture == DefaultCulture ? 1 : 2).ThenBy(x => x.Culture, StringComparer.Ordinal).First();
        var card = (await CardsAsync(PublicContent.Live(db, Now).Where(x => x.ContentId == id && x.Culture == chosen.Culture), chosen.Culture, cancellationToken)).Single();
        var html = await PublicContent.Live(db, Now).Where(x => x.ContentId == id && x.Culture == chosen.Culture)
            .SelectMany(x => db.ContentVersions.Where(v => v.ContentId == x.ContentId && v.Culture == x.Culture && v.Number == x.PublishedVersion), (x, v) => v.Html)
            .SingleAsync(cancellationToken);
        var translations = live.OrderBy(x => x.Culture, StringComparer.Ordinal)
            .Select(x => new Translation(x.Culture, ContentTypes.Url(type, x.Slug, x.Culture, DefaultCulture))).ToList();
        return new ContentPage(card, html, translations);
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
        var card = new ContentCard(draft.ContentId, type, slug, row.Title, row.Summary, ContentTypes.Url(type, slug, draft.Culture, DefaultCulture),
            draft.Culture, row.VersionPublished ?? row.PublishedUtc ?? Now, JsonNode.Parse(row.FieldsJson) as JsonObject ?? []);
        var live = await PublicContent.Live(db, Now).Where(x => x.ContentId == draft.ContentId && x.Type == type && x.Culture != draft.Culture)
            .Select(x => new { x.Culture, x.Slug }).ToListAsync(cancellationToken);
        var translations = live.Select(x => new Translation(x.Culture, ContentTypes.Url(type, x.Slug, x.Culture, DefaultCulture)))
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
            r.ContentId, r.Type, r.Slug, r.Title, r.Summary, ContentTypes.Url(r.Type, r.Slug, culture, DefaultCulture), r.Culture, r.PublishedUtc,
            JsonNode.Parse(r.FieldsJson) as JsonObject ?? []))];
    }
}
