using System.Net;
using Portal.IntegrationTests.Fixtures;
using System.Text.RegularExpressions;

namespace Portal.IntegrationTests.Site;

/// <summary>Every public page of CONTRACT section 4 renders the repository's sample content in en, zh and ar.</summary>
public sealed partial class SitePagesTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    public static TheoryData<string, string, string> Pages()
    {
        // {p} is the culture's prefix: links stay in the visitor's culture, falling back per page.
        var pages = new (string Path, string Expected)[]
        {
            ("/", "href=\"{p}/clusters/disaster-risk-reduction\""),
            ("/clusters", "href=\"{p}/clusters/disaster-risk-reduction\""),
            ("/clusters/disaster-risk-reduction", "href=\"{p}/clusters/disaster-risk-reduction/feed.xml\""),
            ("/case-studies", "href=\"{p}/case-studies/ningbo-sponge-city\""),
            ("/case-studies/ningbo-sponge-city", "href=\"{p}/cities/yuyao\""),
            ("/case-studies/tripoli-shenzhen-drr-governance", "href=\"{p}/cities/tripoli\""),
            ("/events", "href=\"{p}/events/chengdu-drr-workshop-2020\""),
            ("/events/chengdu-drr-workshop-2020", "href=\"/events/chengdu-drr-workshop-2020.ics\""),
            ("/cities/ningbo", "href=\"{p}/case-studies/ningbo-sponge-city\""),
            ("/organizations/undp", "href=\"{p}/cities/tripoli\""),
            ("/news/unossc-visit-ndrcc-2023", "href=\"{p}/organizations/unossc\""),
            ("/pages/about", "<h1"),
            ("/search?q=flood", "<mark>"),
        };
        var data = new TheoryData<string, string, string>();
        foreach (var culture in new[] { "en", "zh", "ar" })
        {
            var prefix = culture == "en" ? "" : "/" + culture;
            foreach (var (path, expected) in pages)
            {
                data.Add(culture, path == "/" ? (prefix.Length == 0 ? "/" : prefix) : prefix + path, expected.Replace("{p}", prefix, StringComparison.Ordinal));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_renders_the_sample_content_in_its_culture(string culture, string path, string expected)
    {
        var page = await SitePage.GetAsync(site.App, path);

        Assert.Equal(200, page.Status);
        Assert.Equal("text/html", page.MediaType);
        Assert.Contains($"<html lang=\"{culture}\" dir=\"{(culture == "ar" ? "rtl" : "ltr")}\">", page.Text, StringComparison.Ordinal);
        Assert.Contains(expected, page.Text, StringComparison.Ordinal);
        Assert.Matches("<title>[^<]+</title>", page.Text);
        Assert.Contains("<link rel=\"canonical\" href=\"http://localhost/", page.Text, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:title\"", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Liquid error", page.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("DotLiquid", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Symbol", page.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/", "No upcoming events are announced.")]
    [InlineData("/events", "No upcoming events are announced.")]
    [InlineData("/zh/events", "暂无即将举行的活动。")]
    [InlineData("/case-studies?year=2000", "Nothing here yet.")]
    [InlineData("/ar/case-studies?year=2000", "لا يوجد محتوى بعد.")]
    public async Task An_empty_list_says_so_in_the_pages_culture(string path, string message)
    {
        var page = await SitePage.GetAsync(site.App, path);

        Assert.Equal(200, page.Status);
        Assert.Contains($"<p class=\"empty\">{message}</p>", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("DotLiquid", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Symbol", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Symbol", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chinese_pages_use_the_translation_and_the_themes_chinese_words()
    {
        var page = await SitePage.GetAsync(site.App, "/zh/case-studies/ningbo-sponge-city");

        Assert.Contains("<h1>", page.Text, StringComparison.Ordinal);
        Assert.Contains("要点", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"notice\"", page.Text, StringComparison.Ordinal);
        Assert.Contains("hreflang=\"en\" href=\"http://localhost/case-studies/ningbo-sponge-city\"", page.Text, StringComparison.Ordinal);
        Assert.Contains("hreflang=\"zh\" href=\"http://localhost/zh/case-studies/ningbo-sponge-city\"", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_without_a_translation_falls_back_to_the_original_and_says_so()
    {
        var page = await SitePage.GetAsync(site.App, "/ar/cities/ningbo");

        Assert.Equal(200, page.Status);
        Assert.Contains("dir=\"rtl\"", page.Text, StringComparison.Ordinal);
        Assert.Contains("class=\"notice\"", page.Text, StringComparison.Ordinal);
        Assert.Contains("lang=\"en\" dir=\"ltr\"", page.Text, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"canonical\" href=\"http://localhost/cities/ningbo\">", page.Text, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/zh/cities/ningbo\" hreflang=\"zh\"", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("hreflang=\"zh\" href=", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_are_compressed_when_the_client_accepts_it()
    {
        using var client = site.App.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/case-studies/ningbo-sponge-city", UriKind.Relative));
        request.Headers.AcceptEncoding.ParseAdd("br");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("br", response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task A_case_study_shows_its_facts_box_and_json_ld_article()
    {
        var page = await SitePage.GetAsync(site.App, "/case-studies/ningbo-sponge-city");

        foreach (var fact in new[] { "Key facts", "Yuyao", "China", "Flood", "Ten Essentials", "provider", "Ongoing", "2013", "ICLEI East Asia" })
        {
            Assert.Contains(fact, page.Text, StringComparison.Ordinal);
        }

        Assert.Contains("<script type=\"application/ld+json\">{\"@type\":\"Article\"", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Event_dates_keep_the_precision_that_is_known_in_each_culture()
    {
        Assert.Contains("Q1 2020", (await SitePage.GetAsync(site.App, "/events/chengdu-drr-workshop-2020")).Text, StringComparison.Ordinal);
        Assert.Contains("2020年第1季度", (await SitePage.GetAsync(site.App, "/zh/events/chengdu-drr-workshop-2020")).Text, StringComparison.Ordinal);
        var events = (await SitePage.GetAsync(site.App, "/events")).Text;
        Assert.Contains("September 2023", events, StringComparison.Ordinal);
        Assert.Contains("\"@type\":\"Event\"", (await SitePage.GetAsync(site.App, "/events/chengdu-drr-workshop-2020")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Case_studies_filter_by_country_and_keep_the_filter_in_the_form()
    {
        var lebanon = (await SitePage.GetAsync(site.App, "/case-studies?country=LB")).Text;
        var china = (await SitePage.GetAsync(site.App, "/case-studies?country=CN")).Text;

        Assert.Contains("/case-studies/tripoli-shenzhen-drr-governance", lebanon, StringComparison.Ordinal);
        Assert.DoesNotContain("/case-studies/ningbo-sponge-city\"", lebanon, StringComparison.Ordinal);
        Assert.Contains("<option value=\"LB\" selected>", lebanon, StringComparison.Ordinal);
        Assert.Contains("/case-studies/ningbo-sponge-city\"", china, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Case_studies_filter_by_region_through_their_countries_and_offer_only_regions_that_have_some()
    {
        var westernAsia = (await SitePage.GetAsync(site.App, "/case-studies?region=145")).Text;
        var easternAsia = (await SitePage.GetAsync(site.App, "/case-studies?region=030")).Text;

        Assert.Contains("/case-studies/tripoli-shenzhen-drr-governance", westernAsia, StringComparison.Ordinal);
        Assert.DoesNotContain("/case-studies/ningbo-sponge-city\"", westernAsia, StringComparison.Ordinal);
        Assert.Contains("<option value=\"145\" selected>", westernAsia, StringComparison.Ordinal);
        Assert.Contains("/case-studies/ningbo-sponge-city\"", easternAsia, StringComparison.Ordinal);
        Assert.Contains("/case-studies/tripoli-shenzhen-drr-governance", easternAsia, StringComparison.Ordinal);
        Assert.DoesNotContain("<option value=\"015\"", westernAsia, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/case-studies?country=XX&hazard=nothing&sdg=99&year=abcd&cluster=%3Cscript%3E")]
    [InlineData("/case-studies?page=-4")]
    [InlineData("/case-studies?page=999999999999")]
    [InlineData("/case-studies?country=CN&page=50")]
    [InlineData("/search?q=%22unclosed&page=-1&type=Nothing")]
    public async Task Bad_filter_values_answer_the_nearest_valid_page(string path)
    {
        var page = await SitePage.GetAsync(site.App, path);

        Assert.Equal(200, page.Status);
        Assert.DoesNotContain("<script>", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_very_long_query_string_is_not_an_error()
    {
        var page = await SitePage.GetAsync(site.App, "/case-studies?country=" + new string('x', 6000) + "&q=" + new string('y', 6000));

        Assert.Equal(200, page.Status);
    }

    [Theory]
    [InlineData("/nope")]
    [InlineData("/fr/")]
    [InlineData("/fr/clusters")]
    [InlineData("/case-studies/no-such-case")]
    [InlineData("/zh/events/no-such-event")]
    [InlineData("/ar/cities/no-such-city")]
    [InlineData("/clusters/no-such-cluster/feed.xml")]
    [InlineData("/events/no-such-event.ics")]
    [InlineData("/case-studies/..%2f..%2fPortal.sln")]
    [InlineData("/theme/..%2f..%2f..%2fPortal.sln")]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/case-studies/ningbo-sponge-city/extra")]
    public async Task Anything_else_answers_the_themes_404_page(string path)
    {
        var page = await SitePage.GetAsync(site.App, path);

        Assert.Equal(404, page.Status);
        Assert.Contains("class=\"wrap narrow error-page\"", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(" at Portal.", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_arabic_404_page_is_right_to_left()
    {
        var page = await SitePage.GetAsync(site.App, "/ar/no-such-page");

        Assert.Equal(404, page.Status);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Theme_assets_are_fingerprinted_and_cached_for_a_year()
    {
        var home = (await SitePage.GetAsync(site.App, "/")).Text;
        var css = CssLink().Match(home);
        Assert.True(css.Success, "the layout links no versioned site.css");

        using var client = site.App.CreateClient();
        using var response = await client.GetAsync(new Uri(css.Groups[1].Value, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("max-age=31536000", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("http://", home.Replace("http://localhost", "", StringComparison.Ordinal).Split("<main")[0], StringComparison.Ordinal);
    }

    [GeneratedRegex("href=\"(/theme/site\\.css\\?v=[0-9a-f]{12})\"")]
    private static partial Regex CssLink();
}
