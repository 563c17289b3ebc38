using System.Xml.Linq;

namespace Portal.IntegrationTests.Site;

/// <summary>RSS, iCalendar, sitemap and robots.txt over the repository's sample content.</summary>
public sealed class SiteFeedsTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Theory]
    [InlineData("/feed.xml")]
    [InlineData("/zh/feed.xml")]
    [InlineData("/clusters/disaster-risk-reduction/feed.xml")]
    [InlineData("/ar/clusters/disaster-risk-reduction/feed.xml")]
    public async Task Rss_feeds_are_rss_2_0_with_items(string path)
    {
        var page = await SitePage.GetAsync(site.App, path);

        Assert.Equal(200, page.Status);
        Assert.Equal("application/rss+xml", page.MediaType);
        var rss = XDocument.Parse(page.Text).Root!;
        Assert.Equal("rss", rss.Name.LocalName);
        Assert.Equal("2.0", (string?)rss.Attribute("version"));
        var items = rss.Element("channel")!.Elements("item").ToList();
        Assert.NotEmpty(items);
        Assert.All(items, item => Assert.StartsWith("http://localhost/", (string?)item.Element("link"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_events_calendar_has_a_vevent_per_event()
    {
        var page = await SitePage.GetAsync(site.App, "/events.ics");

        Assert.Equal(200, page.Status);
        Assert.Equal("text/calendar", page.MediaType);
        Assert.StartsWith("BEGIN:VCALENDAR", page.Text, StringComparison.Ordinal);
        var events = (int)(await site.App.GetJsonAsync("/api/content?type=Event"))["total"]!;
        Assert.Equal(6, events);
        Assert.Equal(events, page.Text.Split("BEGIN:VEVENT").Length - 1);
        Assert.Equal(events, page.Text.Split("END:VEVENT").Length - 1);
    }

    [Fact]
    public async Task An_event_with_only_a_quarter_known_is_an_all_day_span_over_the_quarter()
    {
        var page = await SitePage.GetAsync(site.App, "/events/chengdu-drr-workshop-2020.ics");

        Assert.Equal(200, page.Status);
        Assert.Contains("BEGIN:VEVENT", page.Text, StringComparison.Ordinal);
        Assert.Contains("DTSTART;VALUE=DATE:20200101", page.Text, StringComparison.Ordinal);
        Assert.Contains("DTEND;VALUE=DATE:20200401", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sitemap_lists_every_page_in_every_culture_with_alternates()
    {
        var page = await SitePage.GetAsync(site.App, "/sitemap.xml");
        XNamespace sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";

        var urls = XDocument.Parse(page.Text).Root!.Elements(sitemap + "url").ToList();
        var locations = urls.Select(u => (string)u.Element(sitemap + "loc")!).ToList();

        foreach (var path in new[] { "/", "/zh", "/ar", "/case-studies/ningbo-sponge-city", "/zh/case-studies/ningbo-sponge-city", "/ar/case-studies/tripoli-shenzhen-drr-governance", "/ar/cities/ningbo" })
        {
            Assert.Contains("http://localhost" + path, locations);
        }

        var ningbo = urls.Single(u => (string)u.Element(sitemap + "loc")! == "http://localhost/case-studies/ningbo-sponge-city");
        Assert.Equal(["ar", "en", "zh"], ningbo.Elements(xhtml + "link").Select(l => (string)l.Attribute("hreflang")!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Robots_txt_names_the_sitemap()
    {
        var page = await SitePage.GetAsync(site.App, "/robots.txt");

        Assert.Equal(200, page.Status);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", page.Text, StringComparison.Ordinal);
    }
}
