using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Portal.Content.Import;
using Portal.Content.Model;
using Portal.Content.Storage;
using Portal.Content.Types;
using Portal.Site.Content;
using Portal.Site.Pages;
using Portal.Site.Rendering;

namespace Portal.Site.Feeds;

/// <summary>RSS 2.0 for the site and per cluster, iCalendar for events, the sitemap and robots.txt.</summary>
public static class SiteFeeds
{
    private const int FeedSize = 30;

    /// <summary>A feed's path under the page it follows: the site's home (under a culture's prefix) or a cluster's page.</summary>
    public const string FeedPath = "/feed.xml";
    private static readonly XNamespace SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace XhtmlNs = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace AtomNs = "http://www.w3.org/2005/Atom";

    public static async Task<IResult> SiteFeed(SitePageContext page)
    {
        var items = new List<ContentCard>();
        foreach (var type in page.Catalog.All.Where(t => t.InFeeds))
        {
            items.AddRange(await page.Content.NewestAsync(SiteContent.Query(type.Name, page.Culture.Code), page.Culture.Code, 0, FeedSize, page.Aborted));
        }

        var name = page.Taxonomy.Site.Name.In(page.Culture.Code);
        return Rss(page, name, page.Taxonomy.Site.Tagline.In(page.Culture.Code), page.Culture.Path("/"), items);
    }

    public static async Task<IResult> ClusterFeed(string slug, SitePageContext page)
    {
        if (await page.Content.FindAsync(ContentTypes.Cluster, slug, page.Culture.Code, page.Aborted) is not { } cluster)
        {
            return await page.NotFoundAsync();
        }

        var items = new List<ContentCard>();
        foreach (var type in page.Catalog.All.Where(t => t.InFeeds))
        {
            items.AddRange(await page.Content.NewestAsync(SiteContent.Query(type.Name, page.Culture.Code, (TermKinds.Cluster, cluster.Card.Id)), page.Culture.Code, 0, FeedSize, page.Aborted));
        }

        return Rss(page, cluster.Card.Title, cluster.Card.Summary ?? "", cluster.Card.Url, items);
    }

    /// <summary><c>/events.ics</c>: every item of a scheduled type, as iCalendar.</summary>
    public static Func<SitePageContext, Task<IResult>> TypeCalendar(ContentTypeDescriptor type) => async page =>
    {
        var items = await page.Content.AllAsync(SiteContent.Query(type.Name, page.Culture.Code), page.Culture.Code, page.Aborted);
        return Calendar(page, type, items, $"{type.UrlSegment}.ics");
    };

    /// <summary><c>/events/{slug}.ics</c>: one item of a scheduled type, as iCalendar.</summary>
    public static Func<string, SitePageContext, Task<IResult>> ItemCalendar(ContentTypeDescriptor type) => async (slug, page) =>
    {
        if (await page.Content.FindAsync(type.Name, slug, page.Culture.Code, page.Aborted) is not { } item)
        {
            return await page.NotFoundAsync();
        }

        return Calendar(page, type, [item.Card], $"{item.Card.Slug}.ics");
    };

    /// <summary>Every public page in every culture, each with its alternates in the other cultures.</summary>
    public static async Task<IResult> Sitemap(SitePageContext page, SiteCultures cultures)
    {
        var origin = page.Renderer.Origin(page.Http);
        var urlset = new XElement(SitemapNs + "urlset", new XAttribute(XNamespace.Xmlns + "xhtml", XhtmlNs));
        var all = await page.Content.ItemsAsync(page.Aborted);
        // The lists change whenever an item goes public: the newest of them is when they last did.
        var newest = all.SelectMany(x => x).Max(x => (DateTime?)x.PublishedUtc);
        foreach (var path in new[] { "/", "/clusters", "/case-studies", "/events" })
        {
            AddUrl(urlset, origin, cultures.All.ToDictionary(c => c.Code, c => c.Path(path)), newest);
        }

        // The search page holds no content of its own (its results are a query's): listed without a date.
        AddUrl(urlset, origin, cultures.All.ToDictionary(c => c.Code, c => c.Path("/search")), null);

        // One entry per item and site culture: the translation where there is one, else the fallback page under the prefix.
        var items = all.OrderBy(x => x[0].Type, StringComparer.Ordinal).ThenBy(x => x[0].ContentId, StringComparer.Ordinal).Take(50_000);
        foreach (var item in items)
        {
            var original = item.FirstOrDefault(x => x.Culture == cultures.Default.Code) ?? item[0];
            var urls = cultures.All.ToDictionary(c => c.Code, c =>
            {
                var shown = item.FirstOrDefault(x => x.Culture == c.Code) ?? original;
                return page.Urls.Item(shown.Type, shown.Slug, c.Code);
            });
            AddUrl(urlset, origin, urls, item.Max(x => x.PublishedUtc));
        }

        var xml = new XDocument(new XDeclaration("1.0", "utf-8", null), urlset).Declaration + "\n" + urlset.ToString(SaveOptions.DisableFormatting);
        return Results.Text(xml, "application/xml; charset=utf-8", Encoding.UTF8);
    }

    public static IResult Robots(SitePageContext page) =>
        Results.Text($"User-agent: *\nAllow: /\nDisallow: /api/\nSitemap: {page.Renderer.Origin(page.Http)}/sitemap.xml\n", "text/plain; charset=utf-8", Encoding.UTF8);

    private static void AddUrl(XElement urlset, string origin, Dictionary<string, string> urls, DateTime? modified)
    {
        foreach (var url in urls.Values.Distinct(StringComparer.Ordinal))
        {
            var entry = new XElement(SitemapNs + "url", new XElement(SitemapNs + "loc", origin + url));
            if (modified is { } date)
            {
                entry.Add(new XElement(SitemapNs + "lastmod", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            }

            foreach (var (culture, alternate) in urls)
            {
                entry.Add(new XElement(XhtmlNs + "link", new XAttribute("rel", "alternate"), new XAttribute("hreflang", culture), new XAttribute("href", origin + alternate)));
            }

            urlset.Add(entry);
        }
    }

    private static IResult Rss(SitePageContext page, string title, string description, string path, IEnumerable<ContentCard> cards)
    {
        var origin = page.Renderer.Origin(page.Http);
        var items = cards.OrderByDescending(c => c.Published).Take(FeedSize).Select(c =>
        {
            var item = new SyndicationItem(c.Title, c.Summary ?? "", new Uri(origin + c.Url), c.Id + "/" + c.Culture, new DateTimeOffset(c.Published ?? DateTime.UnixEpoch, TimeSpan.Zero));
            item.PublishDate = item.LastUpdatedTime;
            item.Categories.Add(new SyndicationCategory(c.Type));
            return item;
        }).ToList();
        var feed = new SyndicationFeed(title, description, new Uri(origin + path), items)
        {
            Language = page.Culture.Code,
            LastUpdatedTime = items.Count > 0 ? items.Max(i => i.LastUpdatedTime) : DateTimeOffset.UnixEpoch,
        };
        // RSS 2.0 cannot say where a feed lives; readers and validators take atom:link rel="self" for it.
        // The request's own path: a cluster without a translation links its page in another culture.
        feed.AttributeExtensions.Add(new XmlQualifiedName("atom", "http://www.w3.org/2000/xmlns/"), AtomNs.NamespaceName);
        feed.ElementExtensions.Add(new XElement(AtomNs + "link", new XAttribute("href", origin + page.Http.Request.PathBase + page.Http.Request.Path), new XAttribute("rel", "self"), new XAttribute("type", "application/rss+xml")));
        var builder = new StringBuilder();
        using (var writer = XmlWriter.Create(new StringWriter(builder, CultureInfo.InvariantCulture), new XmlWriterSettings { Encoding = Encoding.UTF8 }))
        {
            new Rss20FeedFormatter(feed, serializeExtensionsAsAtom: false).WriteTo(writer);
        }

        return Results.Text(builder.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal), "application/rss+xml; charset=utf-8", Encoding.UTF8);
    }

    private static IResult Calendar(SitePageContext page, ContentTypeDescriptor type, IEnumerable<ContentCard> events, string fileName)
    {
        var span = type.Schedule!;
        string? Text(ContentCard card, string? field) => field is null ? null : card.Text(field);
        var origin = page.Renderer.Origin(page.Http);
        var calendar = new Ical.Net.Calendar();
        calendar.AddProperty("X-WR-CALNAME", page.Taxonomy.Site.Name.In(page.Culture.Code));
        foreach (var card in events)
        {
            var zone = Formats.Zone(Text(card, span.ZoneField));
            if (!Formats.TryParse(card.Text(span.StartField), zone, out var starts))
            {
                continue;
            }

            var ends = Formats.TryParse(Text(card, span.EndField), zone, out var e) ? e : starts;
            var calendarEvent = new CalendarEvent
            {
                Uid = $"{card.Id}@{page.Http.Request.Host.Host}",
                Summary = card.Title,
                Description = card.Summary,
                Location = Text(card, span.PlaceField),
                Url = new Uri(origin + card.Url),
            };
            if (starts.Precision == DatePrecision.Time)
            {
                calendarEvent.DtStart = new CalDateTime(starts.StartUtc, "UTC");
                calendarEvent.DtEnd = new CalDateTime(ends.Precision == DatePrecision.Time && ends.StartUtc > starts.StartUtc ? ends.StartUtc : starts.StartUtc.AddHours(1), "UTC");
            }
            else if (starts.Precision == DatePrecision.Day && ends.Precision >= DatePrecision.Day)
            {
                // Days are known: an all-day span over them, in the event's own dates.
                calendarEvent.DtStart = new CalDateTime(DateOnly.FromDateTime(Local(starts.StartUtc, zone)));
                calendarEvent.DtEnd = new CalDateTime(DateOnly.FromDateTime(Local(ends.EndUtc, zone)));
            }
            else
            {
                // Only a month, quarter or year is known. A span over the whole period laid a 30- to 90-day
                // (or years-long) block across people's calendars; iCalendar has no vaguer date, so this is
                // one all-day entry on the period's first day, free time, with the period said in words.
                var first = DateOnly.FromDateTime(Local(starts.StartUtc, zone));
                var period = Views.When(type, card, page.Culture, page.Words);
                calendarEvent.DtStart = new CalDateTime(first);
                calendarEvent.DtEnd = new CalDateTime(first.AddDays(1));
                calendarEvent.Transparency = TransparencyType.Transparent;
                calendarEvent.Summary = string.Format(page.Culture.Format, page.Words["calendar_period_title"], card.Title, period);
                var notice = string.Format(page.Culture.Format, page.Words["calendar_period_notice"], period);
                calendarEvent.Description = card.Summary is { Length: > 0 } summary ? notice + "\n\n" + summary : notice;
            }

            calendar.Events.Add(calendarEvent);
        }

        var text = new CalendarSerializer().SerializeToString(calendar) ?? "";
        page.Http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        return Results.Text(text, "text/calendar; charset=utf-8", Encoding.UTF8);
    }

    private static DateTime Local(DateTime utc, TimeZoneInfo? zone) => zone is null ? utc : TimeZoneInfo.ConvertTimeFromUtc(utc, zone);
}
