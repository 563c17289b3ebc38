using Portal.IntegrationTests.Site;

namespace Portal.IntegrationTests.Search;

/// <summary>
/// What a reader sees of the sample content on the search page and the pages it leads to: snippets
/// that keep a heading apart from the sentence after it, and Chinese bold text without asterisks.
/// </summary>
public sealed class SearchPageTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Fact]
    public async Task A_snippet_keeps_a_heading_apart_from_the_sentence_after_it()
    {
        var page = await SitePage.GetAsync(site.App, "/search?q=November");

        Assert.Equal(200, page.Status);
        Assert.Contains("What was done · In <mark>November</mark> 2014", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("What was done In", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chinese_bold_beside_quotation_marks_is_bold_on_the_page_and_plain_in_snippets()
    {
        var item = await SitePage.GetAsync(site.App, "/zh/case-studies/ningbo-ten-essentials-scorecard");
        // 十大要素: the Ten Essentials.
        var search = await SitePage.GetAsync(site.App, "/zh/search?q=%E5%8D%81%E5%A4%A7%E8%A6%81%E7%B4%A0");

        Assert.Contains("<strong>“打造韧性城市十大要素”</strong>记分卡", item.Text, StringComparison.Ordinal);
        Assert.Contains("<strong>GreenClimateCities（绿色气候城市）</strong>", item.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("**", item.Text, StringComparison.Ordinal);
        Assert.Contains("<mark>十大要素</mark>", search.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("**", search.Text, StringComparison.Ordinal);
    }
}
