using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>The search page as a visitor uses it: results first on a phone, and titles suggested while typing, from the keyboard.</summary>
public sealed partial class SearchPageTests(RunningSite site) : IClassFixture<RunningSite>
{
    [Theory]
    [InlineData("/search?q=flood")]
    [InlineData("/zh/search?q=%E5%9F%8E%E5%B8%82")]
    [InlineData("/ar/search?q=flood")]
    public async Task On_a_360_pixel_phone_the_first_result_shows_before_the_facets(string path)
    {
        var page = await site.NewPageAsync(360, 780);
        await page.GotoAsync(site.BaseUrl + path);

        var hit = (await page.Locator(".hit").First.BoundingBoxAsync())!;
        var facets = (await page.Locator("#facets").BoundingBoxAsync())!;
        Assert.True(hit.Y < 600, $"{path}: the first result starts {hit.Y} px down");
        Assert.True(facets.Y > hit.Y, $"{path}: the facets ({facets.Y} px) come before the first result ({hit.Y} px)");
        // The facets stay one tap away.
        await page.Locator(".facets-jump").ClickAsync();
        await page.WaitForURLAsync(new Regex("#facets$"));
        await RunningSite.ScreenshotAsync(page, "search-360" + SafeName().Replace(path, "-"));
    }

    [Fact]
    public async Task On_a_wide_screen_the_facets_stay_in_the_first_column_beside_the_results()
    {
        var page = await site.NewPageAsync(1280, 900);
        await page.GotoAsync(site.BaseUrl + "/search?q=flood");

        var hit = (await page.Locator(".hit").First.BoundingBoxAsync())!;
        var facets = (await page.Locator("#facets").BoundingBoxAsync())!;
        Assert.True(facets.X + facets.Width <= hit.X, $"the facets ({facets.X}+{facets.Width}) are not to the left of the results ({hit.X})");
        Assert.True(Math.Abs(facets.Y - hit.Y) < 200, $"the facets start at {facets.Y}, the results at {hit.Y}");
        Assert.False(await page.Locator(".facets-jump").IsVisibleAsync());
    }

    [Fact]
    public async Task Typing_in_the_search_box_suggests_titles_that_the_keyboard_opens()
    {
        var page = await site.NewPageAsync(1280, 900);
        await page.GotoAsync(site.BaseUrl + "/search");
        var box = page.Locator("#search-q");

        await box.PressSequentiallyAsync("ning", new() { Delay = 60 });
        var options = page.Locator("#search-q-suggestions [role=option]");
        await Assertions.Expect(options.First).ToBeVisibleAsync();
        Assert.Equal("combobox", await box.GetAttributeAsync("role"));
        Assert.Equal("true", await box.GetAttributeAsync("aria-expanded"));
        Assert.Equal("Suggested titles", await page.Locator("#search-q-suggestions").GetAttributeAsync("aria-label"));
        Assert.Contains(await options.AllInnerTextsAsync(), title => title.StartsWith("Ningbo", StringComparison.Ordinal));

        await box.PressAsync("ArrowDown");
        await box.PressAsync("ArrowDown");
        var second = options.Nth(1);
        Assert.Equal(await second.GetAttributeAsync("id"), await box.GetAttributeAsync("aria-activedescendant"));
        Assert.Equal("true", await second.GetAttributeAsync("aria-selected"));
        Assert.Equal("false", await options.First.GetAttributeAsync("aria-selected"));
        await RunningSite.ScreenshotAsync(page, "search-suggestions");

        var url = await second.GetAttributeAsync("data-url");
        await box.PressAsync("Enter");
        await page.WaitForURLAsync(site.BaseUrl + url);
    }

    [Fact]
    public async Task Escape_closes_the_suggestions_and_Enter_then_searches_what_was_typed()
    {
        var page = await site.NewPageAsync(1280, 900);
        await page.GotoAsync(site.BaseUrl + "/zh/");
        var box = page.Locator("#home-q");

        await box.PressSequentiallyAsync("宁波", new() { Delay = 60 });
        var list = page.Locator("#home-q-suggestions");
        await Assertions.Expect(list.Locator("[role=option]").First).ToBeVisibleAsync();
        Assert.Equal("推荐标题", await list.GetAttributeAsync("aria-label"));
        Assert.Contains("宁波", await list.Locator("[role=option]").First.InnerTextAsync(), StringComparison.Ordinal);

        await box.PressAsync("Escape");
        await Assertions.Expect(list).ToBeHiddenAsync();
        Assert.Equal("false", await box.GetAttributeAsync("aria-expanded"));
        await box.PressAsync("Enter");
        await page.WaitForURLAsync(new Regex("/zh/search\\?q=%E5%AE%81%E6%B3%A2$"));
    }

    [Fact]
    public async Task The_open_suggestions_pass_axe_with_no_serious_or_critical_violation()
    {
        // axe-core is injected as an inline script, which the site's Content Security Policy refuses.
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = true, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        foreach (var path in new[] { "/search?q=flood", "/ar/search?q=flood" })
        {
            await page.GotoAsync(site.BaseUrl + path);
            var box = page.Locator("#search-q");
            await box.FillAsync("");
            await box.PressSequentiallyAsync("ning", new() { Delay = 60 });
            await Assertions.Expect(page.Locator("#search-q-suggestions [role=option]").First).ToBeVisibleAsync();
            await box.PressAsync("ArrowDown");
            problems.AddRange((await Axe.SeriousViolationsAsync(page)).Select(v => $"{path}: {v}"));
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex SafeName();
}
