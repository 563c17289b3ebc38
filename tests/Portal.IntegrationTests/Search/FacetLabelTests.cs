using System.Net;
using Portal.IntegrationTests.Site;

namespace Portal.IntegrationTests.Search;

/// <summary>
/// Facet values by their names in the culture searched, in <c>/api/search</c> (<c>label</c> beside
/// <c>value</c>, which stays the id the filter takes) and on the search page. Not a storage rule:
/// SQLite alone.
/// </summary>
public sealed class FacetLabelTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private const string Cluster = "disaster-risk-reduction";

    /// <summary>The repository's content has no Arabic translation of the cluster: its English title stands in.</summary>
    public static TheoryData<string, string, string, string, string> Labels() => new()
    {
        { "en", "Case study", "Disaster Risk Reduction and Mitigation in Resilient Cities", "China", "Tropical cyclone" },
        { "zh", "案例", "韧性城市中的减少灾害风险与减灾", "中国", "热带气旋" },
        { "ar", "دراسة حالة", "Disaster Risk Reduction and Mitigation in Resilient Cities", "الصين", "إعصار مداري" },
    };

    [Theory]
    [MemberData(nameof(Labels))]
    public async Task The_api_names_each_facet_value_in_the_culture_asked_for_beside_its_id(string culture, string type, string cluster, string country, string hazard)
    {
        var result = await site.App.GetJsonAsync($"/api/search?q=flood&culture={culture}");

        Assert.Equal(type, Label(result, "type", "CaseStudy"));
        Assert.Equal(cluster, Label(result, "cluster", Cluster));
        Assert.Equal(country, Label(result, "country", "CN"));
        Assert.Equal(hazard, Label(result, "hazard", "tropical-cyclone"));
        Assert.All(result["facets"]!["year"]!.AsArray(), year => Assert.Equal((string)year!["value"]!, (string)year["label"]!));
    }

    [Theory]
    [MemberData(nameof(Labels))]
    public async Task The_search_page_shows_facet_values_by_their_names_in_its_culture(string culture, string type, string cluster, string country, string hazard)
    {
        var prefix = culture == "en" ? "" : "/" + culture;

        var page = await SitePage.GetAsync(site.App, $"{prefix}/search?q=flood");

        Assert.Equal(200, page.Status);
        foreach (var name in new[] { type, cluster, country, hazard })
        {
            Assert.Contains($">{WebUtility.HtmlEncode(name)}</a>", page.Text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain($">{Cluster}</a>", page.Text, StringComparison.Ordinal);
        Assert.Contains($"cluster={Cluster}", page.Text, StringComparison.Ordinal);
    }

    private static string? Label(System.Text.Json.Nodes.JsonObject result, string facet, string value) =>
        (string?)result["facets"]![facet]!.AsArray().Single(f => (string)f!["value"]! == value)!["label"];
}
