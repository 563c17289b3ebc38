using System.Globalization;
using Microsoft.AspNetCore.Http;
using Portal.Content.Model;
using Portal.Content.Types;
using Portal.Search.Querying;
using Portal.Site.Content;
using Portal.Site.Rendering;
using Portal.Templating;

namespace Portal.Site.Pages;

/// <summary><c>/search</c>: the query box, facets as links, snippets, paging, and clusters to try when nothing matched.</summary>
public static class SearchPage
{
    private const int PageSize = 10;
    private static readonly string[] FacetNames = ["type", "cluster", "country", "hazard", "year"];

    public static async Task<IResult> Search(SitePageContext page, SearchService search, SpellingSuggester spelling, ContentTypeCatalog types)
    {
        var query = page.Http.Request.Query;
        var text = query["q"].ToString();
        text = text.Length > 200 ? text[..200] : text;
        var filters = FacetNames.ToDictionary(f => f, f => Clean(query[f].ToString()), StringComparer.Ordinal);
        var number = int.TryParse(query["page"], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var p) ? Math.Clamp(p, 1, SearchService.MaxDepth / PageSize) : 1;
        if (filters["type"] is { } type && !types.IsKnown(type))
        {
            filters["type"] = null;
        }

        var model = new LiquidModel { ["query"] = text, ["action"] = page.Culture.Path("/search") };
        if (text.Length > 0 || filters.Values.Any(v => v is not null))
        {
            var asked = new SearchRequest(text, filters["type"], filters["cluster"], filters["country"], filters["hazard"], page.Culture.Code, Page: number, Size: PageSize, Year: filters["year"]);
            var result = search.Search(asked);
            var pages = Math.Max(1, (result.Total + PageSize - 1) / PageSize);
            if (number > pages)
            {
                number = pages;
                result = search.Search(asked with { Page = number });
            }

            string Url(Dictionary<string, string?> f, int n, string? q = null) => page.Culture.Path("/search") + "?" + string.Join('&',
                new[] { $"q={Uri.EscapeDataString(q ?? text)}" }
                    .Concat(f.Where(x => x.Value is not null).Select(x => $"{x.Key}={Uri.EscapeDataString(x.Value!)}"))
                    .Concat(n > 1 ? [$"page={n.ToString(CultureInfo.InvariantCulture)}"] : []));
            model["searched"] = true;
            if (spelling.Suggest(asked) is { } suggestion)
            {
                model["suggestion"] = new LiquidModel { ["query"] = suggestion, ["url"] = Url(filters, 1, suggestion) };
            }

            model["alert"] = SearchAlertForm.For(page, text, filters);
            model["total"] = string.Format(page.Culture.Format, page.Words["results"], Formats.Number(result.Total, page.Culture));
            // A hit shows its item's own date (an event's, a case study's period) as its card does, from the read model.
            var shown = await page.Content.ByIdsAsync(result.Hits.Select(h => h.Id), page.Culture.Code, page.Aborted);
            model["hits"] = result.Hits.Select(h => new LiquidModel
            {
                ["when"] = shown.TryGetValue(h.Id, out var card) && types.Find(card.Type) is { } hitType ? Views.When(hitType, card, page.Culture, page.Words) : null,
                ["title"] = h.Title,
                ["url"] = h.Url,
                ["snippet"] = new RawHtml(h.Snippet),
                ["type_name"] = page.Words.GetValueOrDefault("type_" + h.Type, h.Type),
                ["culture"] = h.Culture,
                ["published"] = Formats.Date(h.Published, page.Culture, page.Words),
            }).ToList();
            model["facets"] = FacetNames.Where(result.Facets.ContainsKey).Select(name => new LiquidModel
            {
                ["label"] = page.Words.GetValueOrDefault(name, name),
                ["values"] = result.Facets[name].Take(12).Select(v => new LiquidModel
                {
                    ["label"] = v.Label,
                    ["count"] = Formats.Number(v.Count, page.Culture),
                    ["selected"] = filters[name] == v.Value,
                    ["url"] = Url(new Dictionary<string, string?>(filters) { [name] = filters[name] == v.Value ? null : v.Value }, 1),
                }).ToList(),
            }).ToList();
            model["has_facets"] = FacetNames.Any(name => result.Facets.TryGetValue(name, out var values) && values.Any());
            model["previous_url"] = number > 1 ? Url(filters, number - 1) : null;
            model["next_url"] = number < pages ? Url(filters, number + 1) : null;
            model["pager_label"] = SitePages.PagerLabel(page, number, pages);
            model["page_count"] = pages;
            if (result.Total == 0)
            {
                model["suggestions"] = page.Cards(await page.Content.AllAsync(SiteContent.Query(ContentTypes.Cluster, page.Culture.Code), page.Culture.Code, page.Aborted));
            }
        }

        return await page.RenderAsync(new PageView("search", page.Words["search"], null, model));
    }

    private static string? Clean(string value) => value.Length is > 0 and <= 100 ? value : null;
}
