using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Portal.Content.Model;
using Portal.Content.Taxonomies;
using Portal.Site.Content;
using Portal.Site.Rendering;
using Portal.Templating;

namespace Portal.Site.Pages;

/// <summary>The public list pages of CONTRACT section 4, each a named handler; an item's page is <see cref="ItemPage"/>.</summary>
public static class SitePages
{
    public const int PageSize = 12;

    /// <summary>Upcoming and past events each on the events page.</summary>
    private const int EventsPageSize = 100;

    public static async Task<IResult> Home(SitePageContext page)
    {
        var (content, culture) = (page.Content, page.Culture.Code);
        var clusters = Ordered(await content.AllAsync(SiteContent.Query(ContentTypes.Cluster, culture), page.Culture.Code, page.Aborted));
        var caseStudies = await content.NewestAsync(SiteContent.Query(ContentTypes.CaseStudy, culture), page.Culture.Code, 0, 6, page.Aborted);
        var events = await content.ScheduledAsync(ContentTypes.Event, culture, null, 4, page.Aborted);
        var news = await content.NewestAsync(SiteContent.Query(ContentTypes.News, culture), page.Culture.Code, 0, 4, page.Aborted);
        var model = new LiquidModel
        {
            ["clusters"] = page.Cards(clusters),
            ["case_studies"] = page.Cards(caseStudies),
            ["upcoming_events"] = page.Cards(events.Upcoming.Take(4)),
            ["past_events"] = page.Cards(events.Past.Take(events.Upcoming.Count >= 4 ? 0 : 4 - events.Upcoming.Count)),
            ["news"] = page.Cards(news),
        };
        var name = page.Taxonomy.Site.Name.In(culture);
        return await page.RenderAsync(new PageView("home", name, page.Taxonomy.Site.Tagline.In(culture), model)
        {
            JsonLd = Views.JsonLd(new JsonObject { ["@type"] = "WebSite", ["name"] = name, ["url"] = page.Renderer.Origin(page.Http) + page.Culture.Path("/") }),
        });
    }

    public static async Task<IResult> Clusters(SitePageContext page)
    {
        var clusters = Ordered(await page.Content.AllAsync(SiteContent.Query(ContentTypes.Cluster, page.Culture.Code), page.Culture.Code, page.Aborted));
        return await page.RenderAsync(new PageView("clusters", page.Words["clusters"], null, new LiquidModel { ["clusters"] = page.Cards(clusters) }));
    }

    public static async Task<IResult> CaseStudies(SitePageContext page)
    {
        var (content, culture, taxonomy) = (page.Content, page.Culture.Code, page.Taxonomy);
        var query = page.Http.Request.Query;
        var clusters = Ordered(await content.AllAsync(SiteContent.Query(ContentTypes.Cluster, culture), page.Culture.Code, page.Aborted));
        var countries = await content.TermValuesAsync(ContentTypes.CaseStudy, TermKinds.Country, page.Aborted);
        // The regions of the countries that have case studies, not every region a term names: a choice that finds something.
        var regions = countries.SelectMany(c => taxonomy.Countries.TryGetValue(c, out var x) ? x.Areas() : []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var hazards = await content.TermValuesAsync(ContentTypes.CaseStudy, TermKinds.Hazard, page.Aborted);
        var sdgs = await content.TermValuesAsync(ContentTypes.CaseStudy, TermKinds.Sdg, page.Aborted);

        // A value that names nothing is dropped, as if it had not been asked for: the nearest valid page.
        var cluster = Valid(query["cluster"], v => clusters.Any(c => c.Id == v));
        var country = Valid(query["country"].ToString().ToUpperInvariant(), taxonomy.Countries.ContainsKey);
        var region = Valid(query["region"], v => taxonomy.Regions.ContainsKey(v) || taxonomy.Subregions.ContainsKey(v) || taxonomy.IntermediateRegions.ContainsKey(v));
        var hazard = Valid(query["hazard"], taxonomy.Hazards.ContainsKey);
        var sdg = Valid(query["sdg"], v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && taxonomy.Sdgs.ContainsKey(n));
        var year = Valid(query["year"], v => v.Length == 4 && int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2200);

        var terms = new List<(string, string)>();
        AddTerm(terms, TermKinds.Cluster, cluster);
        AddTerm(terms, TermKinds.Country, country);
        AddTerm(terms, TermKinds.Hazard, hazard);
        AddTerm(terms, TermKinds.Sdg, sdg);
        AddTerm(terms, TermKinds.Region, region);
        var items = SiteContent.Query(ContentTypes.CaseStudy, culture, [.. terms]);
        // The year of what a case study reports (its period), not the day the portal took it in.
        var years = await content.YearsAsync(items, page.Aborted);
        if (year is not null)
        {
            var asked = int.Parse(year, CultureInfo.InvariantCulture);
            items = items.Where(x => x.Year == asked);
            if (!years.Contains(asked))
            {
                years = [.. years.Append(asked).OrderDescending()];
            }
        }

        var total = await content.CountAsync(items, page.Aborted);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        var number = int.TryParse(query["page"], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var p) ? Math.Clamp(p, 1, pages) : 1;
        var cards = await content.NewestAsync(items, page.Culture.Code, (number - 1) * PageSize, PageSize, page.Aborted);

        var chosen = new Dictionary<string, string?> { ["cluster"] = cluster, ["country"] = country, ["region"] = region, ["hazard"] = hazard, ["sdg"] = sdg, ["year"] = year };
        string PageUrl(int n) => page.Culture.Path("/case-studies") + QueryString(chosen, n);
        var model = new LiquidModel
        {
            ["case_studies"] = page.Cards(cards),
            ["total"] = string.Format(page.Culture.Format, page.Words["results"], Formats.Number(total, page.Culture)),
            ["filters"] = new List<LiquidModel>
            {
                Filter("cluster", page.Words["cluster"], cluster, clusters.Select(c => (c.Id, c.Title))),
                Filter("country", page.Words["country"], country, countries.Select(c => (c, taxonomy.Countries.TryGetValue(c, out var x) ? x.Name.In(culture) : c))),
                Filter("region", page.Words["region"], region, regions.Select(r => (r, RegionName(taxonomy, r, culture)))),
                Filter("hazard", page.Words["hazard"], hazard, hazards.Select(h => (h, taxonomy.Hazards.TryGetValue(h, out var x) ? x.Name.In(culture) : h))),
                Filter("sdg", page.Words["sdg"], sdg, sdgs.OrderBy(s => s.Length).ThenBy(s => s, StringComparer.Ordinal)
                    .Select(s => (s, $"{s} · {(int.TryParse(s, CultureInfo.InvariantCulture, out var n) && taxonomy.Sdgs.TryGetValue(n, out var x) ? x.Name.In(culture) : s)}"))),
                Filter("year", page.Words["year"], year, years.Select(y => (y.ToString(CultureInfo.InvariantCulture), y.ToString(CultureInfo.InvariantCulture)))),
            },
            ["page_number"] = number,
            ["page_count"] = pages,
            ["pager_label"] = PagerLabel(page, number, pages),
            ["previous_url"] = number > 1 ? PageUrl(number - 1) : null,
            ["next_url"] = number < pages ? PageUrl(number + 1) : null,
            ["action"] = page.Culture.Path("/case-studies"),
        };
        return await page.RenderAsync(new PageView("case-studies", page.Words["case_studies"], null, model));
    }

    public static async Task<IResult> Events(SitePageContext page)
    {
        var events = await page.Content.ScheduledAsync(ContentTypes.Event, page.Culture.Code, null, EventsPageSize, page.Aborted);
        var model = new LiquidModel
        {
            ["upcoming_events"] = page.Cards(events.Upcoming),
            ["past_events"] = page.Cards(events.Past),
            ["ics_url"] = "/events.ics",
        };
        return await page.RenderAsync(new PageView("events", page.Words["events"], null, model));
    }

    public static Task<IResult> NotFound(SitePageContext page) => page.NotFoundAsync();

    private static List<ContentCard> Ordered(List<ContentCard> clusters) =>
        [.. clusters.OrderBy(c => int.TryParse(c.Text("order"), CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue).ThenBy(c => c.Title, StringComparer.Ordinal)];

    public static string PagerLabel(SitePageContext page, int number, int count) =>
        string.Format(page.Culture.Format, page.Words.GetValueOrDefault("page_of", "{0} / {1}"), number, count);

    private static string? Valid(string? value, Func<string, bool> exists) =>
        value is { Length: > 0 and <= 100 } && exists(value) ? value : null;

    private static void AddTerm(List<(string, string)> terms, string kind, string? value)
    {
        if (value is not null)
        {
            terms.Add((kind, value));
        }
    }

    private static LiquidModel Filter(string name, string label, string? chosen, IEnumerable<(string Value, string Label)> options) => new()
    {
        ["name"] = name,
        ["label"] = label,
        ["options"] = options.OrderBy(o => name is "year" or "sdg" ? "" : o.Label, StringComparer.CurrentCulture)
            .Select(o => new LiquidModel { ["value"] = o.Value, ["label"] = o.Label, ["selected"] = o.Value == chosen }).ToList(),
    };

    private static string QueryString(Dictionary<string, string?> chosen, int number)
    {
        var parts = chosen.Where(c => c.Value is not null).Select(c => $"{c.Key}={Uri.EscapeDataString(c.Value!)}").ToList();
        if (number > 1)
        {
            parts.Add($"page={number.ToString(CultureInfo.InvariantCulture)}");
        }

        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    private static string RegionName(Taxonomy taxonomy, string code, string culture) =>
        taxonomy.Regions.TryGetValue(code, out var r) ? r.Name.In(culture)
        : taxonomy.Subregions.TryGetValue(code, out var s) ? s.Name.In(culture)
        : taxonomy.IntermediateRegions.TryGetValue(code, out var i) ? i.Name.In(culture) : code;


}
