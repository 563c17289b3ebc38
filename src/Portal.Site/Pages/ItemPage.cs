using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Portal.Content.Types;
using Portal.Site.Content;
using Portal.Site.Rendering;
using Portal.Templating;

namespace Portal.Site.Pages;

/// <summary>
/// <c>/{segment}/{slug}</c>, the page of one item of any type, drawn from its descriptor: the item,
/// every field under its name (<see cref="ItemFields"/>), the items of other types that refer to it
/// (a city's case studies, events and news), related items, and JSON-LD of its schema.org type.
/// A type's own additions (a cluster's feed and subscribe links) are <see cref="IItemPagePart"/>s.
/// </summary>
public static class ItemPage
{
    /// <summary>The handler of one type's pages, mapped under every culture's prefix.</summary>
    public static Func<string, SitePageContext, Task<IResult>> For(ContentTypeDescriptor type) => (slug, page) => ShowAsync(type, slug, page);

    public static async Task<IResult> ShowAsync(ContentTypeDescriptor type, string slug, SitePageContext page)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(page);
        if (await page.Content.FindAsync(type.Name, slug, page.Culture.Code, page.Aborted) is not { } item)
        {
            return await page.NotFoundAsync();
        }

        var card = item.Card;
        var found = await page.Content.ByIdsAsync(ItemFields.ReferencedIds(type, card), page.Culture.Code, page.Aborted);
        var shown = page.Card(card);
        shown["summary"] = card.Summary;
        shown["html"] = new RawHtml(item.Html);
        shown["sources"] = Views.Sources(CommonFields.Sources, card);
        var model = new LiquidModel { ["item"] = shown };
        ItemFields.AddTo(model, type, card, found, page.Taxonomy, page.Culture, page.Words);
        await AddReferrersAsync(model, type, card, page);
        if (type.Schedule is not null)
        {
            model["ics_url"] = $"/{type.UrlSegment}/{card.Slug}.ics";
        }

        model["related"] = page.Cards(await page.Content.RelatedAsync(card, page.Culture.Code, page.Aborted));
        foreach (var part in page.Http.RequestServices.GetServices<IItemPagePart>().Where(p => p.Type == type.Name))
        {
            part.AddTo(model, card, page);
        }

        var article = type.SchemaType.EndsWith("Article", StringComparison.Ordinal);
        return await page.RenderAsync(new PageView(type.Template, card.Title, card.Summary, model)
        {
            Translations = item.Translations.ToDictionary(t => t.Culture, t => t.Url, StringComparer.Ordinal),
            ShownCulture = card.Culture,
            JsonLd = Views.JsonLd(JsonLd(type, card, page, article)),
            OpenGraphType = article ? "article" : "website",
            Draft = page.Content.Preview is not null,
        });
    }

    /// <summary>
    /// Under each listed type's segment (<c>case_studies</c>, <c>news</c>): the newest of the items that
    /// name this one by a term field; a scheduled type (events) as <c>upcoming_events</c>, <c>past_events</c> and both.
    /// </summary>
    private static async Task AddReferrersAsync(LiquidModel model, ContentTypeDescriptor type, ContentCard card, SitePageContext page)
    {
        var naming = page.Catalog.All.SelectMany(t => t.Fields).FirstOrDefault(f => f.Kind == FieldKind.References && f.TermKind is not null && f.ReferenceTypes.Contains(type.Name));
        if (naming?.TermKind is not { } kind)
        {
            return;
        }

        var term = (kind, card.Id);
        foreach (var listed in page.Catalog.All.Where(t => t != type && t.InFeeds && t.TermFields.Any(f => f.TermKind == kind && f.ReferenceTypes.Contains(type.Name))))
        {
            var key = listed.UrlSegment.Replace('-', '_');
            if (listed.Schedule is not null)
            {
                var (upcoming, past) = await page.Content.ScheduledAsync(listed.Name, page.Culture.Code, term, type.ReferrersListed, page.Aborted);
                model["upcoming_" + key] = page.Cards(upcoming);
                model["past_" + key] = page.Cards(past);
                model[key] = page.Cards(upcoming.Concat(past));
            }
            else
            {
                model[key] = page.Cards(await page.Content.NewestAsync(SiteContent.Query(listed.Name, page.Culture.Code, term), page.Culture.Code, 0, type.ReferrersListed, page.Aborted));
            }
        }
    }

    private static JsonObject JsonLd(ContentTypeDescriptor type, ContentCard card, SitePageContext page, bool article)
    {
        var data = new JsonObject { ["@type"] = type.SchemaType, [article ? "headline" : "name"] = card.Title, ["description"] = card.Summary };
        if (article)
        {
            data["datePublished"] = card.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            data["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = page.Taxonomy.Site.Name.In(page.Culture.Code) };
        }

        if (type.Schedule is { } span)
        {
            var zone = Formats.Zone(span.ZoneField is null ? null : card.Text(span.ZoneField));
            if (Formats.TryParse(card.Text(span.StartField), zone, out var starts))
            {
                data["startDate"] = starts.Text;
            }

            if (span.EndField is not null && Formats.TryParse(card.Text(span.EndField), zone, out var ends))
            {
                data["endDate"] = ends.Text;
            }
        }

        type.Schema?.Invoke(card.Fields, data);
        data["url"] = page.Renderer.Origin(page.Http) + card.Url;
        data["inLanguage"] = card.Culture;
        return data;
    }
}
