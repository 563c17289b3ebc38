using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Digests.Alerts;
using Portal.Digests.Composition;
using Portal.Content.Urls;
using Portal.Digests.Subscriptions;
using Portal.Digests.Tokens;

namespace Portal.IntegrationTests.Site;

/// <summary>
/// Every same-site link the portal emits answers: a crawl from the home page of each culture, the
/// sitemap, the feeds, the JSON API and rendered digests and alert mails (one per culture, fr among them),
/// following each link once (href, src, canonical and hreflang alternates, sitemap locations, feed
/// links, calendar URLs, JSON url fields and the HTML of API answers).
/// </summary>
public sealed partial class LinkCrawlTests(LinkCrawlFixture site) : IClassFixture<LinkCrawlFixture>
{
    private const string Origin = "http://localhost";
    private const int MaxFetches = 3000;
    private static readonly string[] MailCultures = ["en", "zh", "ar", "fr", "es", "ru"];

    [Fact]
    public async Task No_link_of_a_page_feed_sitemap_api_answer_or_mail_answers_404()
    {
        using var client = site.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var queue = new Queue<(string Url, string From)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string link, string from)
        {
            if (SameSite(link) is { } url && seen.Add(url))
            {
                queue.Enqueue((url, from));
            }
        }

        string[] starts =
        [
            "/", "/zh/", "/ar/", "/sitemap.xml", "/robots.txt", "/feed.xml", "/zh/feed.xml", "/ar/feed.xml", "/events.ics",
            "/api/search?q=flood", "/api/search?q=inondations&culture=fr", "/api/search?q=inundaciones&culture=es", "/api/search?q=наводнений&culture=ru",
            "/api/search/suggest?q=resil", "/api/search/related?id=resilience-urbaine-sud-sud&culture=fr", "/api/search/related?id=ningbo-sponge-city",
            "/api/content/unossc-visit-ndrcc-2023", "/api/content/unossc-visit-ndrcc-2023?culture=fr", "/api/content/resilience-urbaine-sud-sud",
        ];
        foreach (var start in starts)
        {
            Add(start, "(start)");
        }

        foreach (var culture in MailCultures)
        {
            Add($"/api/content?size=100&culture={culture}", "(start)");
            Add($"/api/content?type=News&culture={culture}", "(start)");
        }

        foreach (var (name, html, text) in await MailsAsync())
        {
            foreach (var link in HtmlLinks(html).Concat(TextLinks(text)))
            {
                Add(link, name);
            }
        }

        var broken = new List<string>();
        var fetched = 0;
        var memberPages = 0;
        while (queue.TryDequeue(out var next))
        {
            Assert.True(++fetched <= MaxFetches, $"the crawl went past {MaxFetches} links: it no longer ends");
            using var response = await client.GetAsync(new Uri(next.Url, UriKind.Relative), TestContext.Current.CancellationToken);
            var status = (int)response.StatusCode;
            if (status == 404 || status >= 500)
            {
                broken.Add($"{status} {next.Url} (linked from {next.From})");
                continue;
            }

            if (status == 200 && (next.Url.StartsWith("/subscribe/preferences?", StringComparison.Ordinal) || next.Url.StartsWith("/unsubscribe?", StringComparison.Ordinal)))
            {
                memberPages++;
            }

            var media = response.Content.Headers.ContentType?.MediaType ?? "";
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            foreach (var link in Links(media, body))
            {
                Add(link, next.Url);
            }
        }

        Assert.True(broken.Count == 0, $"{broken.Count} of {fetched} links are broken:\n{string.Join('\n', broken)}");
        Assert.True(fetched > 100, $"the crawl followed only {fetched} links");
        Assert.True(memberPages >= MailCultures.Length * 2, $"the crawl opened {memberPages} members' pages of the mails' links");
    }

    [Fact]
    public async Task An_item_in_a_culture_the_site_does_not_serve_links_to_its_page_in_the_default_culture()
    {
        var translated = await site.App.GetJsonAsync("/api/content/unossc-visit-ndrcc-2023?culture=fr");
        var frenchOnly = await SitePage.GetAsync(site.App, "/news/resilience-urbaine-sud-sud");
        var frenchOnlyInChinese = await SitePage.GetAsync(site.App, "/zh/news/resilience-urbaine-sud-sud");

        Assert.Equal("fr", (string?)translated["culture"]);
        Assert.Equal("/news/visite-unossc-ndrcc-2023", (string?)translated["url"]);
        Assert.Contains(translated["translations"]!.AsArray(), t => (string?)t!["culture"] == "fr" && (string?)t["url"] == "/news/visite-unossc-ndrcc-2023");
        Assert.Equal(200, frenchOnly.Status);
        Assert.Contains("<link rel=\"canonical\" href=\"http://localhost/news/resilience-urbaine-sud-sud\">", frenchOnly.Text, StringComparison.Ordinal);
        Assert.Contains("urbaine Sud-Sud face aux inondations", frenchOnly.Text, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"canonical\" href=\"http://localhost/news/resilience-urbaine-sud-sud\">", frenchOnlyInChinese.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("hreflang=\"fr\"", frenchOnly.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/zh/subscribe?cluster=disaster-risk-reduction", "zh", "ltr")]
    [InlineData("/ar/subscribe?cluster=disaster-risk-reduction", "ar", "rtl")]
    public async Task The_subscribe_form_answers_in_each_culture_the_site_serves_and_posts_to_the_one_subscribe(string path, string culture, string dir)
    {
        var form = await SitePage.GetAsync(site.App, path);
        var home = await SitePage.GetAsync(site.App, $"/{culture}/");

        Assert.Equal(200, form.Status);
        Assert.Contains($"<html lang=\"{culture}\" dir=\"{dir}\">", form.Text, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{culture}\" lang=\"{culture}\" selected>", form.Text, StringComparison.Ordinal);
        Assert.Contains("value=\"disaster-risk-reduction\" checked>", form.Text, StringComparison.Ordinal);
        Assert.Contains("<form method=\"post\" action=\"/subscribe\">", form.Text, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/{culture}/subscribe\">", home.Text, StringComparison.Ordinal);
    }

    /// <summary>A digest and an alert mail in each culture a member may choose, rendered by the site's own services.</summary>
    private async Task<List<(string Name, string Html, string Text)>> MailsAsync()
    {
        using var scope = site.App.Services.CreateScope();
        var preview = scope.ServiceProvider.GetRequiredService<DigestPreview>();
        var alerts = scope.ServiceProvider.GetRequiredService<AlertMessages>();
        var db = scope.ServiceProvider.GetRequiredService<Portal.Content.Storage.PortalDbContext>();
        var tokens = scope.ServiceProvider.GetRequiredService<SubscriptionTokens>();
        var mails = new List<(string, string, string)>();
        foreach (var culture in MailCultures)
        {
            var subscription = new Subscription { Id = Guid.NewGuid(), Email = $"crawl-{culture}@example.org", Culture = culture, ConfirmStamp = "", Status = SubscriptionStatus.Active };
            subscription.SetClusters(["disaster-risk-reduction", "covid-19-public-health", "sustainable-agriculture"]);

            // A digest's own links name a stand-in (a preview's): a saved member's links open the members' pages, whose links are crawled too.
            db.Add(subscription);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            var member = string.Join('\n', new[] { (SiteUrls.ConfirmPath, TokenPurpose.Confirm), (SiteUrls.PreferencesPath, TokenPurpose.Preferences), (SiteUrls.UnsubscribePath, TokenPurpose.Unsubscribe) }
                .Select(link => Origin + SiteUrls.WithToken(link.Item1, tokens.Create(subscription, link.Item2))));
            mails.Add(($"the {culture} member's links", "", member));
            var digest = await preview.ComposeAsync(subscription, subscription.Email, Origin, sampleWhenEmpty: true, TestContext.Current.CancellationToken);
            Assert.NotNull(digest.Message);
            mails.Add(($"the {culture} digest", digest.Html, digest.Text));

            var alert = new SearchAlert { Id = Guid.NewGuid(), UserId = "crawler", Query = "flood", Cluster = "disaster-risk-reduction", Culture = culture };
            var mail = alerts.Build(new AlertMail { Id = 1, AlertId = alert.Id }, new AlertItems(alert, digest.Items), subscription.Email, Origin);
            mails.Add(($"the {culture} alert mail", mail.HtmlBody ?? "", mail.TextBody ?? ""));
        }

        return mails;
    }

    private static IEnumerable<string> Links(string media, string body) => media switch
    {
        "text/html" => HtmlLinks(body),
        "application/json" => JsonLinks(JsonNode.Parse(body)),
        "application/xml" or "application/rss+xml" => XmlLinks(body),
        "text/calendar" => CalendarUrl().Matches(body.Replace("\r\n ", "", StringComparison.Ordinal)).Select(m => m.Groups[1].Value.Trim()),
        "text/plain" => TextLinks(body),
        _ => [],
    };

    // Attributes only: a form is not a link, and a POST form (unsubscribe, sign-out) must not be sent.
    private static IEnumerable<string> HtmlLinks(string html) =>
        HtmlAttribute().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
            .Concat(JsonLdUrl().Matches(html).Select(m => m.Groups[1].Value));

    private static IEnumerable<string> XmlLinks(string xml) =>
        XmlElement().Matches(xml).Concat(HtmlAttribute().Matches(xml)).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value.Trim()));

    private static IEnumerable<string> TextLinks(string text) => TextUrl().Matches(text).Select(m => m.Value.TrimEnd('.', ',', ')', '>'));

    private static IEnumerable<string> JsonLinks(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    if (value is JsonValue v && v.TryGetValue<string>(out var text))
                    {
                        if (name == "url")
                        {
                            yield return text;
                        }
                        else if (name is "html" or "snippet")
                        {
                            foreach (var link in HtmlLinks(text))
                            {
                                yield return link;
                            }
                        }
                    }
                    else
                    {
                        foreach (var link in JsonLinks(value))
                        {
                            yield return link;
                        }
                    }
                }

                break;
            case JsonArray array:
                foreach (var link in array.SelectMany(JsonLinks))
                {
                    yield return link;
                }

                break;
        }
    }

    /// <summary>The site-relative form of a link to this site, without its fragment; null for any other.</summary>
    private static string? SameSite(string link)
    {
        var url = link.Split('#')[0];
        if (url.StartsWith(Origin + "/", StringComparison.Ordinal) || url == Origin)
        {
            url = url[Origin.Length..];
        }

        return url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? (url.Length == 0 ? "/" : url) : null;
    }

    [GeneratedRegex("""(?:href|src)\s*=\s*"([^"]*)""")]
    private static partial Regex HtmlAttribute();

    [GeneratedRegex(""""url"\s*:\s*"([^"]+)"""")]
    private static partial Regex JsonLdUrl();

    [GeneratedRegex("<(?:loc|link)>([^<]+)</")]
    private static partial Regex XmlElement();

    [GeneratedRegex("^URL[^:\r\n]*:(.+)$", RegexOptions.Multiline)]
    private static partial Regex CalendarUrl();

    [GeneratedRegex("""https?://[^\s"<>]+""")]
    private static partial Regex TextUrl();
}
