using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MimeKit;

namespace Portal.BrowserTests;

/// <summary>
/// An editor in Chromium: a member subscribes and confirms, the editor publishes a news item, finds
/// the member in the digest admin, sees the item in the next digest's sandboxed HTML part and its
/// text part, and sends the digest to itself as a test; the new pages pass axe.
/// </summary>
public sealed partial class DigestPreviewJourneyTests(RunningSite site) : IClassFixture<RunningSite>
{
    private const string Password = "Digest-journey-test-42";
    private const string Editor = "digest-editor@example.org";
    private const string Member = "digest-member@example.org";
    private const string Title = "Flood drill in every district";

    [Fact]
    public async Task An_editor_previews_a_members_next_digest_and_sends_a_test_to_itself_and_the_pages_pass_axe()
    {
        await site.CreateAdminAsync(Editor, Password);
        var page = await site.NewPageAsync();

        await page.GotoAsync(site.BaseUrl + "/subscribe");
        await page.GetByLabel("Email address").FillAsync(Member);
        await page.GetByLabel("Disaster Risk Reduction and Mitigation in Resilient Cities").CheckAsync();
        await page.GetByLabel("How often").SelectOptionAsync("daily");
        await page.GetByRole(AriaRole.Button, new() { Name = "Subscribe" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your mail" })).ToBeVisibleAsync();
        var confirmation = await MailToAsync(Member, _ => true);
        await page.GotoAsync(ConfirmLink().Match(confirmation.TextBody ?? "").Value);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Subscription confirmed" })).ToBeVisibleAsync();

        await page.GotoAsync(site.BaseUrl + "/account/login");
        await page.GetByLabel("Email").FillAsync(Editor);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/admin");
        await page.GotoAsync(site.BaseUrl + "/admin/content/new?type=News");
        await page.GetByLabel("Title (required)").FillAsync(Title);
        await page.GetByLabel("Id", new() { Exact = true }).FillAsync("browser-flood-drill");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Disaster Risk Reduction and Mitigation in Resilient Cities (disaster-risk-reduction)" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create draft" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/content/browser-flood-drill/en/edit?done=created");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish now" }).ClickAsync();
        await page.WaitForURLAsync("**done=published*");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Admin" }).GetByRole(AriaRole.Link, new() { Name = "Digests" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/digests");
        await Assertions.Expect(page.Locator("#active")).ToHaveTextAsync("1");
        await page.GetByRole(AriaRole.Link, new() { Name = "Preview a member's next digest" }).ClickAsync();
        await page.GetByLabel("Subscriber's address (or part of it)").FillAsync("digest-member");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find" }).ClickAsync();
        await Assertions.Expect(page.Locator("#items")).ToContainTextAsync(Title);
        await Assertions.Expect(page.FrameLocator("iframe.digest-frame").GetByRole(AriaRole.Link, new() { Name = Title })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#text-part")).ToContainTextAsync("/news/browser-flood-drill");
        var subject = await page.Locator("#subject").TextContentAsync();
        await RunningSite.ScreenshotAsync(page, "digest-preview");

        // After the full-page screenshot, Playwright's own scroll-then-click landed nowhere in Chromium (no
        // request left the page); scrolling the button into view first makes the click a user's click again.
        var sendTest = page.GetByRole(AriaRole.Button, new() { Name = "Send me a test digest" });
        await sendTest.ScrollIntoViewIfNeededAsync();
        await sendTest.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(DoneTest());
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("sent to your own address");
        var test = await MailToAsync(Editor, m => (m.Subject ?? "").StartsWith("[Test] ", StringComparison.Ordinal));
        Assert.Equal("[Test] " + subject, test.Subject);
        Assert.Contains("/news/browser-flood-drill", test.TextBody, StringComparison.Ordinal);

        var checkedPage = await (await site.Browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = true, StorageState = await page.Context.StorageStateAsync() })).NewPageAsync();
        foreach (var path in new[] { "/admin/digests", page.Url.Replace(site.BaseUrl, "", StringComparison.Ordinal), "/account/subscriptions" })
        {
            await checkedPage.GotoAsync(site.BaseUrl + path);
            var violations = await Axe.SeriousViolationsAsync(checkedPage);
            Assert.True(violations.Count == 0, $"{path}: {string.Join("; ", violations)}");
        }
    }

    /// <summary>The first mail in the site's pickup folder to <paramref name="address"/> that matches, waiting a little for it.</summary>
    private async Task<MimeMessage> MailToAsync(string address, Func<MimeMessage, bool> match)
    {
        var folder = Path.Combine(site.DataPath, "mail");
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var found = (Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml") : [])
                .Select(path => MimeMessage.Load(path))
                .FirstOrDefault(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)) && match(m));
            if (found is not null)
            {
                return found;
            }

            Assert.True(DateTime.UtcNow < deadline, $"no mail to {address} arrived in {folder}");
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
    }

    [GeneratedRegex("[?&]done=test")]
    private static partial Regex DoneTest();

    [GeneratedRegex(@"https?://[^\s""<>]+/subscribe/confirm\?token=[A-Za-z0-9_%-]+")]
    private static partial Regex ConfirmLink();
}
