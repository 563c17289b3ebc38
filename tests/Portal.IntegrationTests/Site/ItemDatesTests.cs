using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Portal.IntegrationTests.Site;

/// <summary>
/// Every sample item went live on the portal on 16 November 2026; what they report happened years
/// before. Pages show the item's own date and the year filters and facets use it, with the day it
/// was added kept apart.
/// </summary>
public sealed partial class ItemDatesTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Fact]
    public async Task A_case_study_card_shows_its_period_and_the_day_it_was_added_apart()
    {
        var page = await SitePage.GetAsync(site.App, "/case-studies");

        var card = Card(page.Text, "/case-studies/ningbo-sponge-city");
        Assert.Contains("<span class=\"card__when\">2013 – ongoing</span>", Kind(card), StringComparison.Ordinal);
        Assert.DoesNotContain("2026", Kind(card), StringComparison.Ordinal);
        Assert.Contains("<p class=\"card__added\">Added to the portal <time datetime=\"2026-11-16\">16 November 2026</time></p>", card, StringComparison.Ordinal);
        Assert.Contains("<span class=\"card__when\">2019</span>", Kind(Card(page.Text, "/case-studies/ningbo-ten-essentials-scorecard")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/case-studies/ningbo-sponge-city", "2013 – ongoing", "Added to the portal")]
    [InlineData("/zh/case-studies/ningbo-sponge-city", "2013 – 至今", "本站收录于")]
    [InlineData("/zh/events/chengdu-drr-workshop-2020", "2020年第1季度", "本站收录于")]
    public async Task An_item_page_shows_its_own_date_under_the_title(string path, string when, string added)
    {
        var page = await SitePage.GetAsync(site.App, path);

        Assert.Equal(200, page.Status);
        var dates = ItemDates().Match(page.Text);
        Assert.True(dates.Success, "no dates under the title");
        Assert.Contains($"<span class=\"item-dates__when\">{when}</span>", dates.Value, StringComparison.Ordinal);
        Assert.Contains($"<span class=\"item-dates__added\">{added} <time datetime=\"2026-11-16\">", dates.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_news_item_is_dated_by_its_published_date_alone()
    {
        var page = await SitePage.GetAsync(site.App, "/");

        var card = Card(page.Text, "/news/unossc-visit-ndrcc-2023");
        Assert.Contains("<time datetime=\"2023-10-18\">18 October 2023</time>", Kind(card), StringComparison.Ordinal);
        Assert.DoesNotContain("card__added", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_year_filter_of_case_studies_finds_what_happened_that_year()
    {
        var fitow = await SitePage.GetAsync(site.App, "/case-studies?year=2013");
        var added = await SitePage.GetAsync(site.App, "/case-studies?year=2026");
        var all = await SitePage.GetAsync(site.App, "/case-studies");

        Assert.Contains("href=\"/case-studies/ningbo-sponge-city\"", fitow.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/case-studies/tripoli-shenzhen-drr-governance\"", fitow.Text, StringComparison.Ordinal);
        Assert.Contains("<option value=\"2013\" selected>2013</option>", fitow.Text, StringComparison.Ordinal);
        Assert.Contains("<p class=\"empty\">Nothing here yet.</p>", added.Text, StringComparison.Ordinal);

        // The years offered are those the case studies are dated in, not a range up to today.
        var years = SiteHtml.Select(all.Text, "year");
        Assert.Equal(["2022", "2019", "2014", "2013"], YearOption().Matches(years).Select(m => m.Groups[1].Value));
    }

    [Fact]
    public async Task Search_counts_and_filters_years_by_the_items_own_date()
    {
        var facets = await site.App.GetJsonAsync("/api/search?q=fitow&type=CaseStudy");
        var fitow = await site.App.GetJsonAsync("/api/search?q=fitow&year=2013");
        var events = await site.App.GetJsonAsync("/api/search?type=Event&year=2020");

        Assert.Equal(["2013", "2014", "2019"], Years(facets));
        Assert.Equal(["ningbo-sponge-city"], Ids(fitow).Distinct());
        Assert.Contains("chengdu-drr-workshop-2020", Ids(events));
        Assert.DoesNotContain("china-lebanon-drr-knowledge-sharing-2023", Ids(events));
    }

    [Fact]
    public async Task The_search_page_offers_the_years_and_dates_its_hits_by_them()
    {
        var page = await SitePage.GetAsync(site.App, "/search?q=fitow&type=CaseStudy");
        var year = await SitePage.GetAsync(site.App, "/search?q=fitow&type=CaseStudy&year=2013");

        Assert.Contains("year=2013\"", page.Text, StringComparison.Ordinal);
        Assert.Contains("<p class=\"card__kind\">Case study · 2013 – ongoing</p>", year.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("/case-studies/ningbo-catastrophe-insurance\"", year.Text, StringComparison.Ordinal);
    }

    private static string Card(string html, string href) =>
        SiteHtml.Cards(html).FirstOrDefault(c => c.Contains($"href=\"{href}\"", StringComparison.Ordinal))
        ?? throw new Xunit.Sdk.XunitException($"no card links {href}");

    private static string Kind(string card) => CardKind().Match(card).Value;

    private static List<string> Years(JsonNode answer) =>
        [.. answer["facets"]!["year"]!.AsArray().Select(v => v!["value"]!.GetValue<string>()).Order(StringComparer.Ordinal)];

    private static List<string> Ids(JsonNode answer) => [.. answer["hits"]!.AsArray().Select(h => h!["id"]!.GetValue<string>())];

    [GeneratedRegex("<p class=\"card__kind\">.*?</p>", RegexOptions.Singleline)]
    private static partial Regex CardKind();

    [GeneratedRegex("<p class=\"item-dates\">.*?</p>", RegexOptions.Singleline)]
    private static partial Regex ItemDates();

    [GeneratedRegex("<option value=\"(\\d{4})\"")]
    private static partial Regex YearOption();
}
