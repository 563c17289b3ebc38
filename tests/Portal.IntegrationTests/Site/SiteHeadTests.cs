using System.Net;
using System.Text.RegularExpressions;

namespace Portal.IntegrationTests.Site;

/// <summary>What a page tells link previews and browsers beyond its text: Open Graph's locale and the site's icon.</summary>
public sealed partial class SiteHeadTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Theory]
    [InlineData("/", "en_US", new[] { "zh_CN", "ar_AR" })]
    // The case study has no Arabic translation: its Arabic page is the fallback, no alternate.
    [InlineData("/zh/case-studies/ningbo-sponge-city", "zh_CN", new[] { "en_US" })]
    [InlineData("/ar/clusters", "ar_AR", new[] { "en_US", "zh_CN" })]
    public async Task Open_graph_names_the_pages_locale_and_its_translations_as_language_and_territory(string path, string locale, string[] alternates)
    {
        var page = await SitePage.GetAsync(site.App, path);

        Assert.Equal(200, page.Status);
        Assert.Equal([locale], Meta().Matches(page.Text).Where(m => m.Groups[1].Value == "og:locale").Select(m => m.Groups[2].Value));
        Assert.Equal(alternates.Order(StringComparer.Ordinal), Meta().Matches(page.Text).Where(m => m.Groups[1].Value == "og:locale:alternate").Select(m => m.Groups[2].Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Favicon_ico_is_the_themes_icon()
    {
        using var client = site.App.CreateClient();

        using var response = await client.GetAsync(new Uri("/favicon.ico", UriKind.Relative), TestContext.Current.CancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/x-icon", response.Content.Headers.ContentType?.MediaType);
        // An ICO file: reserved 0, type 1 (icon), then the number of images.
        Assert.Equal([0, 0, 1, 0], bytes[..4]);
        Assert.True(bytes[4] > 0, "the icon holds no image");
        var home = await SitePage.GetAsync(site.App, "/");
        Assert.Matches("<link rel=\"icon\" href=\"/theme/favicon.ico\\?v=[0-9a-f]+\"", home.Text);
    }

    [GeneratedRegex("<meta property=\"(og:locale(?::alternate)?)\" content=\"([^\"]*)\">")]
    private static partial Regex Meta();
}
