using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>
/// The media library in Chromium: a real browser's multipart form (token first, then the file) is
/// accepted, and media-picker.js, loaded under the admin's Content Security Policy, inserts the
/// chosen file's Markdown at the cursor of a textarea marked data-markdown.
/// </summary>
public sealed class MediaPickerTests(RunningSite site) : IClassFixture<RunningSite>
{
    private const string Email = "media-admin@example.org";
    private const string Password = "Media-library-test-42";

    // A 1×1 PNG.
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==");

    [Fact]
    public async Task A_browser_uploads_an_image_and_a_pdf_and_the_picker_inserts_their_markdown_at_the_cursor()
    {
        await site.CreateAdminAsync(Email, Password);
        var page = await site.NewPageAsync();
        await SignInAsync(page);

        var image = await UploadAsync(page, new FilePayload { Name = "Grey Dot.png", MimeType = "image/png", Buffer = Png }, "A grey dot");
        var report = await UploadAsync(page, new FilePayload { Name = "report.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n%%EOF\n"u8.ToArray() }, "");
        await RunningSite.ScreenshotAsync(page, "media-library");

        await page.EvaluateAsync("""
            () => {
              const main = document.querySelector('main');
              main.insertAdjacentHTML('beforeend', '<label for="body">Body</label><textarea id="body" data-markdown></textarea><button type="button" data-media-picker="body">Insert media</button>');
              const body = document.getElementById('body');
              body.value = 'Before after';
              body.setSelectionRange(7, 7);
            }
            """);
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Url = "/admin/assets/media-picker.js" });

        await page.GetByRole(AriaRole.Button, new() { Name = "Insert media" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Insert from the media library" });
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Grey Dot.png: A grey dot" }).ClickAsync();
        Assert.Equal($"Before ![A grey dot](/media/{image})after", await page.Locator("#body").InputValueAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Insert media" }).ClickAsync();
        await dialog.GetByLabel("Search by name or alt text").FillAsync("report");
        await Assertions.Expect(dialog.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(1);
        await RunningSite.ScreenshotAsync(page, "media-picker");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "report.pdf" }).ClickAsync();
        Assert.Equal($"Before ![A grey dot](/media/{image})[report.pdf](/media/{report})after", await page.Locator("#body").InputValueAsync());
    }

    [Fact]
    public async Task The_library_has_no_serious_accessibility_violation_and_fits_360_pixels()
    {
        await site.CreateAdminAsync("media-a11y@example.org", Password);
        // axe-core is injected as an inline script, which the admin's Content Security Policy refuses.
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = true, ViewportSize = new ViewportSize { Width = 360, Height = 780 } });
        var page = await context.NewPageAsync();
        await SignInAsync(page, "media-a11y@example.org");
        // Bytes of its own (after the image's end), so that it is not the other test's file, which the library would not store twice.
        await UploadAsync(page, new FilePayload { Name = "dot.png", MimeType = "image/png", Buffer = [.. Png, 0] }, "A dot");

        Assert.Empty(await Axe.SeriousViolationsAsync(page));
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 360, "the library scrolls sideways at 360 px");
        await RunningSite.ScreenshotAsync(page, "media-library-360px");
    }

    private async Task SignInAsync(IPage page, string email = Email)
    {
        await page.GotoAsync(site.BaseUrl + "/account/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/admin");
    }

    /// <summary>Uploads through the library's form and answers the stored name the page reports.</summary>
    private async Task<string> UploadAsync(IPage page, FilePayload file, string altText)
    {
        await page.GotoAsync(site.BaseUrl + "/admin/media");
        await page.GetByLabel("File", new() { Exact = true }).SetInputFilesAsync(file);
        await page.GetByLabel("Alt text", new() { Exact = true }).FillAsync(altText);
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("uploaded="));
        var status = await page.GetByRole(AriaRole.Status).First.InnerTextAsync();
        return Regex.Match(status, "as ([a-z0-9-]+\\.[a-z]+)\\.").Groups[1].Value;
    }
}
