using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>
/// A reader in Chromium subscribes from the Arabic cluster page: the form comes right to left with
/// the cluster ticked; sent without a cluster, it comes back with the problem at the top and beside
/// the clusters; both pages pass axe, at 1280 and at 360 pixels without scrolling sideways.
/// </summary>
public sealed class SubscribeJourneyTests(RunningSite site) : IClassFixture<RunningSite>
{
    [Fact]
    public async Task A_reader_subscribes_in_arabic_is_told_beside_the_field_what_is_missing_and_then_is_asked_to_check_the_mail()
    {
        // axe-core is injected as an inline script, which the site's Content Security Policy refuses.
        foreach (var width in new[] { 1280, 360 })
        {
            var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = true, ViewportSize = new ViewportSize { Width = width, Height = 900 } });
            context.SetDefaultTimeout(60_000);
            var page = await context.NewPageAsync();
            var problems = new List<string>();

            await page.GotoAsync(site.BaseUrl + "/ar/clusters/disaster-risk-reduction");
            await page.Locator("a.button[href*='subscribe']").ClickAsync();
            await page.WaitForURLAsync("**/ar/subscribe?cluster=disaster-risk-reduction");
            Assert.Equal("rtl", await page.Locator("html").GetAttributeAsync("dir"));
            var drr = page.Locator("input[name=clusters][value=disaster-risk-reduction]");
            Assert.True(await drr.IsCheckedAsync());
            problems.AddRange(await ProblemsAsync(page, width, "form"));

            await page.GetByLabel("عنوان البريد الإلكتروني").FillAsync($"reader-{width}@example.org");
            await drr.UncheckAsync();
            await page.Locator("form[action='/subscribe'] button[type=submit]").ClickAsync();
            await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("اختر مجموعة واحدة على الأقل.");
            await Assertions.Expect(page.Locator("#clusters-error")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByLabel("عنوان البريد الإلكتروني")).ToHaveValueAsync($"reader-{width}@example.org");
            Assert.Equal("rtl", await page.Locator("html").GetAttributeAsync("dir"));
            problems.AddRange(await ProblemsAsync(page, width, "refused"));

            await page.Locator("input[name=clusters][value=disaster-risk-reduction]").CheckAsync();
            await page.Locator("form[action='/subscribe'] button[type=submit]").ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "تحقّق من بريدك" })).ToBeVisibleAsync();
            problems.AddRange(await ProblemsAsync(page, width, "check-mail"));

            Assert.True(problems.Count == 0, string.Join('\n', problems));
            await context.CloseAsync();
        }
    }

    private static async Task<List<string>> ProblemsAsync(IPage page, int width, string name)
    {
        await RunningSite.ScreenshotAsync(page, $"subscribe-ar-{name}-{width}px");
        var problems = (await Axe.SeriousViolationsAsync(page)).Select(v => $"{name} at {width} px: {v}").ToList();
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        if (scrollWidth > width)
        {
            problems.Add($"{name}: {scrollWidth} px wide at {width} px");
        }

        return problems;
    }
}
