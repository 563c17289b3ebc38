using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>
/// The admin in Chromium where the issue found it awkward: the content list on a 360 px phone, the
/// editor's media picker on the editor page itself, and 249 countries chosen without Ctrl-click.
/// </summary>
public sealed partial class AdminEditorToolsTests(RunningSite site) : IClassFixture<RunningSite>
{
    private const string Password = "Editor-tools-test-42";

    // A 1×1 PNG, with a byte of its own so that no other test's upload is the same file.
    private static readonly byte[] Png = [.. Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg=="), 7];

    [Fact]
    public async Task The_content_list_fits_a_360_pixel_phone()
    {
        await site.CreateAdminAsync("tools-phone@example.org", Password);
        // axe-core is injected as an inline script, which the admin's Content Security Policy refuses.
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = true, ViewportSize = new ViewportSize { Width = 360, Height = 780 } });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        await SignInAsync(page, "tools-phone@example.org");

        await page.GotoAsync(site.BaseUrl + "/admin/content");

        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "New case study" })).ToBeVisibleAsync();
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        await RunningSite.ScreenshotAsync(page, "admin-content-list-360px");
        Assert.True(width <= 360, $"the content list is {width} px wide at 360 px");
        // Each row still says what each value is.
        await Assertions.Expect(page.Locator("td[data-label='Type']").First).ToBeVisibleAsync();
        Assert.Empty(await Axe.SeriousViolationsAsync(page));
    }

    [Fact]
    public async Task The_editor_inserts_from_the_media_library_and_filters_the_countries_as_ticks()
    {
        await site.CreateAdminAsync("tools-editor@example.org", Password);
        var page = await site.NewPageAsync();
        await SignInAsync(page, "tools-editor@example.org");
        var image = await UploadAsync(page, "Flood map.png", "A flood map of Ningbo");

        await page.GotoAsync(site.BaseUrl + "/admin/content/new?type=CaseStudy");
        await page.GetByLabel("Title (required)").FillAsync("Maps for every ward");
        await page.GetByLabel("Id", new() { Exact = true }).FillAsync("browser-ward-maps");

        // The body starts as the case study's outline; the picker inserts at the cursor.
        var body = page.GetByLabel("Text", new() { Exact = true });
        Assert.StartsWith("## Challenge", await body.InputValueAsync(), StringComparison.Ordinal);
        await body.EvaluateAsync("b => { b.focus(); b.setSelectionRange(0, 0); }");
        await page.GetByRole(AriaRole.Button, new() { Name = "Insert from the media library" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Insert from the media library" });
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Flood map.png: A flood map of Ningbo" }).ClickAsync();
        Assert.StartsWith($"![A flood map of Ningbo](/media/{image})## Challenge", await body.InputValueAsync(), StringComparison.Ordinal);

        var countries = page.Locator("#f-countries-filter");
        await countries.FillAsync("leban");
        var lebanon = page.GetByRole(AriaRole.Checkbox, new() { Name = "Lebanon (LB)" });
        await Assertions.Expect(lebanon).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "China (CN)", Exact = true })).ToBeHiddenAsync();
        await lebanon.CheckAsync();
        await countries.FillAsync("chin");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "China (CN)", Exact = true }).CheckAsync();
        // Ticked, Lebanon stays in sight under another filter.
        await Assertions.Expect(lebanon).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#f-countries + .choice-list .choice-list-chosen")).ToContainTextAsync("China");
        await RunningSite.ScreenshotAsync(page, "editor-countries-and-media");

        await page.GetByRole(AriaRole.Button, new() { Name = "Create draft" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/content/browser-ward-maps/en/edit?done=created");
        Assert.Equal(["CN", "LB"], (await page.Locator("#f-countries").EvaluateAsync<string[]>("s => Array.from(s.selectedOptions, o => o.value)")).Order(StringComparer.Ordinal));
        Assert.Contains($"/media/{image}", await page.GetByLabel("Text", new() { Exact = true }).InputValueAsync(), StringComparison.Ordinal);
    }

    private async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync(site.BaseUrl + "/account/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/admin");
    }

    private async Task<string> UploadAsync(IPage page, string name, string altText)
    {
        await page.GotoAsync(site.BaseUrl + "/admin/media");
        await page.GetByLabel("File", new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = name, MimeType = "image/png", Buffer = Png });
        await page.GetByLabel("Alt text", new() { Exact = true }).FillAsync(altText);
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("uploaded="));
        var status = await page.GetByRole(AriaRole.Status).First.InnerTextAsync();
        return StoredName().Match(status).Groups[1].Value;
    }

    [GeneratedRegex("as ([a-z0-9-]+\\.[a-z]+)\\.")]
    private static partial Regex StoredName();
}
