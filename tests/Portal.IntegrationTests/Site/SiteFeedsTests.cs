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
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var self = Assert.Single(rss.Element("channel")!.Elements(atom + "link"));
        Assert.Equal("self", (string?)self.Attribute("rel"));
        Assert.Equal("http://localhost" + path, (string?)self.Attribute("href"));
        Assert.Equal("application/rss+xml", (string?)self.Attribute("type"));
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
    public async Task An_event_with_only_a_quarter_known_is_one_free_all_day_entry_that_says_its_quarter()
    {
        var page = await SitePage.GetAsync(site.App, "/events/chengdu-drr-workshop-2020.ics");

        Assert.Equal(200, page.Status);
        var entry = Unfolded(page.Text);
        Assert.Contains("BEGIN:VEVENT", entry, StringComparison.Ordinal);
        Assert.Contains("DTSTART;VALUE=DATE:20200101", entry, StringComparison.Ordinal);
        // Not the 90-day block the whole quarter made in a calendar.
        Assert.Contains("DTEND;VALUE=DATE:20200102", entry, StringComparison.Ordinal);
        Assert.DoesNotContain("20200401", entry, StringComparison.Ordinal);
        Assert.Contains("TRANSP:TRANSPARENT", entry, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Planned workshop: disaster risk reduction and resilient cities in Chengdu (Q1 2020)", entry, StringComparison.Ordinal);
        Assert.Contains("DESCRIPTION:Date not yet fixed: Q1 2020.", entry, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_the_events_calendar_no_event_spans_more_days_than_its_front_matter_names()
    {
        var page = await SitePage.GetAsync(site.App, "/events.ics");

        var text = Unfolded(page.Text);
        var starts = DateDays("DTSTART;VALUE=DATE:", text);
        var ends = DateDays("DTEND;VALUE=DATE:", text);
        Assert.Equal(starts.Count, ends.Count);
        // The sample's longest known span is a three-day training; a month, quarter or years were 30 to 1,461 days.
        Assert.All(starts.Zip(ends), pair => Assert.InRange(pair.Second.DayNumber - pair.First.DayNumber, 1, 7));
        Assert.Contains("SUMMARY:China–Lebanon capacity development and knowledge-sharing event on disaster risk reduction (September 2023)", text, StringComparison.Ordinal);
    }

    /// <summary>iCalendar folds lines at 75 octets with a line break and a space.</summary>
    private static string Unfolded(string calendar) => calendar.Replace("\r\n ", "", StringComparison.Ordinal).Replace("\n ", "", StringComparison.Ordinal);

    private static List<DateOnly> DateDays(string property, string calendar) =>
        [.. calendar.Split('\n').Where(l => l.StartsWith(property, StringComparison.Ordinal))
            .Select(l => DateOnly.ParseExact(l[property.Length..].Trim(), "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture))];

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

        // Every page but the search page (a query's results, none of its own) says when it last changed, as a W3C date.
        var dated = urls.Where(u => !((string)u.Element(sitemap + "loc")!).EndsWith("/search", StringComparison.Ordinal)).ToList();
        Assert.All(dated, u => Assert.Matches(@"^20\d\d-\d\d-\d\d$", (string?)u.Element(sitemap + "lastmod") ?? ""));
        Assert.True(dated.Count > 50, $"{dated.Count} dated pages");
    }

    [Fact]
    public async Task Robots_txt_names_the_sitemap()
    {
        var page = await SitePage.GetAsync(site.App, "/robots.txt");

        Assert.Equal(200, page.Status);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", page.Text, StringComparison.Ordinal);
    }
}
