using Portal.Content.Model;
using Portal.Content.Urls;
using Portal.Tests.Support;

namespace Portal.Tests.Urls;

/// <summary>The site of <c>seeds/site.yaml</c> serves en (no prefix), zh and ar; content may also be fr, es or ru.</summary>
public sealed class SiteUrlsTests(SeedsFixture seeds)
{
    private readonly SiteUrls urls = new(seeds.Taxonomy, new Portal.Content.Types.ContentTypeCatalog(Portal.Content.Types.BuiltInContentTypes.All));

    [Theory]
    [InlineData("en", "/case-studies/ningbo-sponge-city")]
    [InlineData("zh", "/zh/case-studies/ningbo-sponge-city")]
    [InlineData("ar", "/ar/case-studies/ningbo-sponge-city")]
    [InlineData("fr", "/case-studies/ningbo-sponge-city")]
    [InlineData("es", "/case-studies/ningbo-sponge-city")]
    [InlineData("ru", "/case-studies/ningbo-sponge-city")]
    public void An_item_in_a_culture_the_site_does_not_serve_links_to_the_default_cultures_page(string culture, string expected) =>
        Assert.Equal(expected, urls.Item(ContentTypes.CaseStudy, "ningbo-sponge-city", culture));

    [Theory]
    [InlineData("en", "/")]
    [InlineData("zh", "/zh")]
    [InlineData("fr", "/")]
    public void The_home_of_a_culture_is_its_prefix_alone(string culture, string expected) =>
        Assert.Equal(expected, urls.Home(culture));

    [Fact]
    public void The_subscribe_form_and_the_search_keep_the_served_culture_and_drop_empty_parameters()
    {
        Assert.Equal("/ar/subscribe?cluster=disaster-risk-reduction", urls.Subscribe("ar", "disaster-risk-reduction"));
        Assert.Equal("/subscribe", urls.Subscribe("ru"));
        Assert.Equal("/search?q=flood%20risk&type=News", urls.Search("fr", [("q", "flood risk"), ("type", "News"), ("cluster", null)]));
    }

    [Theory]
    [InlineData("/zh/subscribe", "zh")]
    [InlineData("/ar", "ar")]
    [InlineData("/subscribe", "en")]
    [InlineData("/zhx/subscribe", "en")]
    [InlineData("/fr/subscribe", "en")]
    public void A_path_is_in_the_served_culture_of_its_prefix(string path, string expected) =>
        Assert.Equal(expected, urls.CultureOf(path));

    [Theory]
    [InlineData("/zh/events", "/events")]
    [InlineData("/zh", "/")]
    [InlineData("/ar/", "/")]
    [InlineData("/events", "/events")]
    [InlineData("/fr/events", "/fr/events")]
    public void A_path_without_its_prefix_is_the_same_page_in_the_default_culture(string path, string expected) =>
        Assert.Equal(expected, urls.Unprefixed(path));
}
