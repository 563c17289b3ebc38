using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>A visitor on the real site in Debian's Chromium: the journey, right-to-left Arabic, accessibility and small screens.</summary>
public sealed partial class VisitorTests(RunningSite site) : IClassFixture<RunningSite>
{
    private static readonly string[] Pages =
    [
        "/", "/clusters", "/clusters/disaster-risk-reduction", "/case-studies", "/case-studies/ningbo-sponge-city",
        "/events", "/events/ningbo-drr-training-2019", "/cities/ningbo", "/organizations/undp", "/news/unossc-visit-ndrcc-2023",
        "/search?q=flood", "/zh/", "/zh/case-studies/ningbo-sponge-city", "/ar/", "/ar/case-studies/tripoli-shenzhen-drr-governance", "/no-such-page",
        "/subscribe", "/zh/subscribe?cluster=disaster-risk-reduction", "/ar/subscribe", "/unsubscribe?token=nothing",
    ];

    [Fact]
    public async Task A_visitor_goes_from_home_to_a_case_study_in_chinese_and_downloads_an_events_calendar_file()
    {
        var page = await site.NewPageAsync();

        await page.GotoAsync(site.BaseUrl + "/");
        await RunningSite.ScreenshotAsync(page, "journey-1-home");
        await page.Locator("#h-clusters").Locator("xpath=../..").GetByRole(AriaRole.Link, new() { Name = "Disaster Risk Reduction and Mitigation in Resilient Cities" }).ClickAsync();
        await page.WaitForURLAsync("**/clusters/disaster-risk-reduction");
        Assert.Contains("Disaster Risk Reduction", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        await RunningSite.ScreenshotAsync(page, "journey-2-cluster");

        await page.GetByRole(AriaRole.Link, new() { Name = "All case studies" }).First.ClickAsync();
        await page.WaitForURLAsync(new Regex("/case-studies\\?cluster=disaster-risk-reduction$"));
        await page.Locator("#f-country").SelectOptionAsync("CN");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("country=CN"));
        Assert.Equal("CN", await page.Locator("#f-country").InputValueAsync());
        Assert.Equal("disaster-risk-reduction", await page.Locator("#f-cluster").InputValueAsync());
        await RunningSite.ScreenshotAsync(page, "journey-3-case-studies-in-china");

        await page.Locator("a[href='/case-studies/ningbo-sponge-city']").First.ClickAsync();
        await page.WaitForURLAsync("**/case-studies/ningbo-sponge-city");
        Assert.True(await page.Locator(".facts").IsVisibleAsync());
        await RunningSite.ScreenshotAsync(page, "journey-4-case-study");

        await page.Locator(".languages").GetByRole(AriaRole.Link, new() { Name = "中文" }).ClickAsync();
        await page.WaitForURLAsync("**/zh/case-studies/ningbo-sponge-city");
        Assert.Equal("zh", await page.Locator("html").GetAttributeAsync("lang"));
        await RunningSite.ScreenshotAsync(page, "journey-5-case-study-zh");

        await page.Locator(".main-nav").GetByRole(AriaRole.Link, new() { Name = "活动" }).ClickAsync();
        await page.WaitForURLAsync("**/zh/events");
        await page.Locator("a[href='/zh/events/ningbo-drr-training-2019']").First.ClickAsync();
        await page.WaitForURLAsync("**/zh/events/ningbo-drr-training-2019");
        await RunningSite.ScreenshotAsync(page, "journey-6-event-zh");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "添加到日历" }).ClickAsync());
        var file = Path.Combine(RunningSite.ArtifactsPath, "ningbo-drr-training-2019.ics");
        await download.SaveAsAsync(file);
        var calendar = await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken);
        Assert.Equal("ningbo-drr-training-2019.ics", download.SuggestedFilename);
        Assert.Contains("BEGIN:VEVENT", calendar, StringComparison.Ordinal);
        Assert.Contains("DTSTART", calendar, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_arabic_pages_are_laid_out_right_to_left()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/ar/case-studies/tripoli-shenzhen-drr-governance");

        Assert.Equal("rtl", await page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).direction"));
        var width = await page.EvaluateAsync<double>("() => document.documentElement.clientWidth");
        var brand = (await page.Locator(".brand").BoundingBoxAsync())!;
        var heading = (await page.Locator("h1").BoundingBoxAsync())!;
        Assert.True(brand.X > width / 2, $"the site name starts at {brand.X} of {width}: not on the right");
        Assert.True(heading.X + heading.Width > width * 0.6, "the heading does not hug the right edge");
        var (title, text) = (await FontSizeAsync(page, "h1"), await FontSizeAsync(page, ".prose p"));
        Assert.True(title > 1.5 * text, $"the title is {title} px and the text {text} px: Arabic headings must stand out as English ones do");
        await RunningSite.ScreenshotAsync(page, "arabic-case-study");
    }

    [Fact]
    public async Task An_arabic_case_study_title_keeps_the_scale_and_tight_lines_of_the_english_one_at_1280_pixels()
    {
        var page = await site.NewPageAsync(1280, 900);
        await page.GotoAsync(site.BaseUrl + "/case-studies/tripoli-shenzhen-drr-governance");
        var english = await FontSizeAsync(page, "h1");
        await page.GotoAsync(site.BaseUrl + "/ar/case-studies/tripoli-shenzhen-drr-governance");
        Assert.Equal("ar", await page.Locator("h1").EvaluateAsync<string>("e => e.closest('[lang]').lang"));
        var arabic = await FontSizeAsync(page, "h1");
        var lines = await page.Locator("h1").EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).lineHeight)");

        Assert.True(arabic >= 0.9 * english, $"the Arabic title is {arabic} px, the English one {english} px");
        // A heading set at the text's own line height (1.9 in Arabic) spreads a two-line title over a quarter of the screen.
        Assert.True(lines <= 1.5 * arabic, $"the Arabic title's lines are {lines} px apart at {arabic} px");
        await RunningSite.ScreenshotAsync(page, "arabic-case-study-title-1280");
    }

    private static Task<double> FontSizeAsync(IPage page, string selector) =>
        page.Locator(selector).First.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).fontSize)");

    [Fact]
    public async Task Every_page_passes_axe_with_no_serious_or_critical_violation()
    {
        // axe-core is injected as an inline script, which the site's Content Security Policy refuses.
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = true, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        foreach (var path in Pages)
        {
            await page.GotoAsync(site.BaseUrl + path);
            problems.AddRange((await Axe.SeriousViolationsAsync(page)).Select(v => $"{path}: {v}"));
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task Every_page_loads_its_styles_and_images_within_the_sites_Content_Security_Policy()
    {
        var page = await site.NewPageAsync();
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                refused.Add(message.Text);
            }
        };

        foreach (var path in Pages)
        {
            var response = await page.GotoAsync(site.BaseUrl + path);
            Assert.Contains("default-src 'self'", await response!.HeaderValueAsync("content-security-policy") ?? "", StringComparison.Ordinal);
            // The theme's stylesheet applied: without it the header has no background.
            var background = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.site-header')).backgroundColor");
            Assert.True(background != "rgba(0, 0, 0, 0)", $"{path}: the theme's stylesheet did not apply");
        }

        Assert.True(refused.Count == 0, string.Join('\n', refused));
    }

    [Fact]
    public async Task The_layout_holds_at_360_pixels_without_horizontal_scrolling()
    {
        var page = await site.NewPageAsync(360, 780);
        var problems = new List<string>();
        foreach (var path in Pages)
        {
            await page.GotoAsync(site.BaseUrl + path);
            var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            if (scrollWidth > 360)
            {
                problems.Add($"{path}: {scrollWidth} px wide");
            }

            await RunningSite.ScreenshotAsync(page, "360px" + SafeName().Replace(path, "-"));
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex SafeName();
}
