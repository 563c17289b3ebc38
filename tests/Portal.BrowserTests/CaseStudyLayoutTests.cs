using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>A case study's key facts, which a reader on a phone should not have to scroll past the whole text to find.</summary>
public sealed class CaseStudyLayoutTests(RunningSite site) : IClassFixture<RunningSite>
{
    private const int PhoneHeight = 740;

    [Theory]
    [InlineData("/case-studies/ningbo-sponge-city")]
    [InlineData("/zh/case-studies/ningbo-sponge-city")]
    [InlineData("/ar/case-studies/tripoli-shenzhen-drr-governance")]
    public async Task At_360_pixels_the_key_facts_come_before_the_text(string path)
    {
        var page = await site.NewPageAsync(360, PhoneHeight);
        await page.GotoAsync(site.BaseUrl + path);

        var facts = await BoxAsync(page, ".facts");
        var text = await BoxAsync(page, ".prose");
        Assert.True(facts.Y < 2 * PhoneHeight, $"the key facts begin {facts.Y} px down: more than two screens");
        Assert.True(facts.Y < text.Y, $"the key facts ({facts.Y} px) come after the text ({text.Y} px)");
        await RunningSite.ScreenshotAsync(page, "360px-facts" + path.Replace('/', '-'));
    }

    [Fact]
    public async Task On_a_wide_screen_the_key_facts_stand_beside_the_text()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/case-studies/ningbo-sponge-city");

        var facts = await BoxAsync(page, ".facts");
        var text = await BoxAsync(page, ".prose");
        Assert.True(facts.X >= text.X + text.Width, $"the facts ({facts.X} px) are not to the right of the text (ending at {text.X + text.Width} px)");
        Assert.True(Math.Abs(facts.Y - text.Y) < 100, $"the facts ({facts.Y} px) and the text ({text.Y} px) do not begin side by side");
    }

    private static async Task<LocatorBoundingBoxResult> BoxAsync(IPage page, string selector) =>
        await page.Locator(selector).First.BoundingBoxAsync() ?? throw new Xunit.Sdk.XunitException($"{selector} is not shown");
}
