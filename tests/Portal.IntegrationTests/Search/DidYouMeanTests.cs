using System.Net;
using System.Text.Json.Nodes;
using Portal.IntegrationTests.Site;

namespace Portal.IntegrationTests.Search;

/// <summary>"Did you mean" on <c>/api/search</c> and the search page, over the repository's content in en, zh and ar.</summary>
public sealed class DidYouMeanTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Theory]
    [InlineData("en", "catastrophy insurance", "catastrophe insurance")]
    [InlineData("zh", "海棉城市", "海绵城市")]
    [InlineData("ar", "الكوارت", "الكوارث")]
    public async Task A_misspelt_word_gets_the_correction_that_finds_what_it_meant(string culture, string typed, string meant)
    {
        var result = await site.App.GetJsonAsync($"/api/search?culture={culture}&q={Uri.EscapeDataString(typed)}");

        Assert.Equal(meant, (string?)result["suggestion"]);
        var corrected = await site.App.GetJsonAsync($"/api/search?culture={culture}&q={Uri.EscapeDataString(meant)}");
        Assert.True((int)corrected["total"]! > 0, corrected.ToJsonString());
        Assert.Null(corrected["suggestion"]);
    }

    [Theory]
    [InlineData("en", "flood insurance")]
    [InlineData("en", "sponge city")]
    [InlineData("zh", "宁波海绵城市")]
    [InlineData("zh", "宁波如何建设海绵城市")]
    [InlineData("ar", "حوكمة مخاطر الكوارث")]
    public async Task A_query_whose_words_are_found_gets_no_suggestion(string culture, string query)
    {
        var result = await site.App.GetJsonAsync($"/api/search?culture={culture}&q={Uri.EscapeDataString(query)}");

        Assert.True((int)result["total"]! > 0, result.ToJsonString());
        Assert.True(result.ContainsKey("suggestion"), "the answer always carries the field");
        Assert.Null(result["suggestion"]);
    }

    [Theory]
    [InlineData("en", "qzxwvkjq")]
    [InlineData("zh", "鑫鑫鑫")]
    [InlineData("ar", "ثثثثثث")]
    public async Task A_word_near_nothing_the_index_knows_gets_no_suggestion_rather_than_one_that_finds_nothing(string culture, string query)
    {
        var result = await site.App.GetJsonAsync($"/api/search?culture={culture}&q={Uri.EscapeDataString(query)}");

        Assert.Equal(0, (int)result["total"]!);
        Assert.True(result.ContainsKey("suggestion"), "the answer always carries the field");
        Assert.Null(result["suggestion"]);
    }

    [Fact]
    public async Task The_other_answer_fields_stay_as_the_contract_has_them()
    {
        var result = await site.App.GetJsonAsync("/api/search?q=catastrophy");

        Assert.Equal(["query", "total", "page", "size", "hits", "facets", "suggestion"], result.Select(p => p.Key));
        Assert.Equal("catastrophy", (string)result["query"]!);
    }

    [Theory]
    [InlineData("", "catastrophy", "Did you mean", "catastrophe", "?")]
    [InlineData("/zh", "海棉城市", "您是不是要找", "海绵城市", "？")]
    [InlineData("/ar", "الكوارت", "هل تقصد", "الكوارث", "؟")]
    public async Task The_search_page_offers_the_correction_as_a_link_in_its_own_language(string prefix, string typed, string words, string meant, string end)
    {
        var page = await SitePage.GetAsync(site.App, $"{prefix}/search?q={Uri.EscapeDataString(typed)}");

        Assert.Equal(200, page.Status);
        var link = $"<a href=\"{WebUtility.HtmlEncode($"{prefix}/search?q={Uri.EscapeDataString(meant)}")}\" dir=\"auto\" rel=\"nofollow\">{meant}</a>";
        Assert.Contains($"<p class=\"did-you-mean\">{words} {link}{end}</p>", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_search_page_offers_nothing_when_the_words_are_found()
    {
        var page = await SitePage.GetAsync(site.App, "/search?q=flood%20insurance");

        Assert.Equal(200, page.Status);
        Assert.DoesNotContain("did-you-mean", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_suggestion_is_encoded_where_it_is_shown()
    {
        var page = await SitePage.GetAsync(site.App, "/search?q=" + Uri.EscapeDataString("catastrophy \"<b>insurance</b>\""));

        Assert.Contains("catastrophe &quot;&lt;b&gt;insurance&lt;/b&gt;&quot;</a>", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>insurance</b>", page.Text, StringComparison.Ordinal);
    }
}
