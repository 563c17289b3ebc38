using System.Text.RegularExpressions;

namespace Portal.IntegrationTests.Site;

/// <summary><c>/case-studies</c> as a visitor filters it, and its cards in a culture the item is not written in.</summary>
public sealed partial class CaseStudyListTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Fact]
    public async Task The_region_filter_offers_the_regions_of_the_case_studies_countries()
    {
        var page = await SitePage.GetAsync(site.App, "/case-studies");
        var chinese = await SitePage.GetAsync(site.App, "/zh/case-studies");

        var regions = Options(page.Text, "region");
        // China and Lebanon: Asia, Eastern Asia and Western Asia, and nothing of where no case study is.
        Assert.Equal(["030:Eastern Asia", "142:Asia", "145:Western Asia"], regions.Order(StringComparer.Ordinal));
        Assert.Contains("145:西亚", Options(chinese.Text, "region"));
    }

    [Fact]
    public async Task The_region_filter_keeps_the_case_studies_of_that_region()
    {
        var western = await SitePage.GetAsync(site.App, "/case-studies?region=145");
        var eastern = await SitePage.GetAsync(site.App, "/case-studies?region=030");

        Assert.Contains("href=\"/case-studies/tripoli-shenzhen-drr-governance\"", western.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/case-studies/ningbo-sponge-city\"", western.Text, StringComparison.Ordinal);
        Assert.Contains("<option value=\"145\" selected>", western.Text, StringComparison.Ordinal);
        Assert.Contains("href=\"/case-studies/ningbo-sponge-city\"", eastern.Text, StringComparison.Ordinal);
        // Tripoli's case study is also Shenzhen's: China is in Eastern Asia.
        Assert.Contains("href=\"/case-studies/tripoli-shenzhen-drr-governance\"", eastern.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/zh/case-studies", "/zh/case-studies/tripoli-shenzhen-drr-governance", "英文", "案例")]
    [InlineData("/ar/case-studies", "/ar/case-studies/ningbo-sponge-city", "الإنجليزية", "دراسة حالة")]
    public async Task An_untranslated_card_says_its_language_and_marks_only_its_own_text(string path, string href, string badge, string kind)
    {
        var page = await SitePage.GetAsync(site.App, path);

        var card = SiteHtml.Cards(page.Text).Single(c => c.Contains($"href=\"{href}\"", StringComparison.Ordinal));
        Assert.StartsWith("<article class=\"card card--casestudy\">", card, StringComparison.Ordinal);
        Assert.Contains($"<span class=\"card__lang\">{badge}</span>", card, StringComparison.Ordinal);
        Assert.Matches($"<p class=\"card__kind\">{kind} · ", card);
        Assert.Contains("<h3 class=\"card__title\" lang=\"en\" dir=\"ltr\">", card, StringComparison.Ordinal);
        Assert.Contains("<p class=\"card__summary\" lang=\"en\" dir=\"ltr\">", card, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(card, "lang=\"en\""));
    }

    [Fact]
    public async Task A_translated_card_carries_no_language_badge()
    {
        var page = await SitePage.GetAsync(site.App, "/zh/case-studies");

        var card = SiteHtml.Cards(page.Text).Single(c => c.Contains("href=\"/zh/case-studies/ningbo-sponge-city\"", StringComparison.Ordinal));
        Assert.DoesNotContain("card__lang", card, StringComparison.Ordinal);
        Assert.DoesNotContain("lang=", card, StringComparison.Ordinal);
    }

    private static List<string> Options(string html, string name)
    {
        var select = SiteHtml.Select(html, name);
        return [.. Option().Matches(select).Where(m => m.Groups[1].Value.Length > 0).Select(m => $"{m.Groups[1].Value}:{m.Groups[2].Value}")];
    }

    [GeneratedRegex("<option value=\"([^\"]*)\"[^>]*>([^<]*)</option>")]
    private static partial Regex Option();
}
