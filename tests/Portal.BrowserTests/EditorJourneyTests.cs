using System.Globalization;
using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>
/// An editor's day in Chromium: a case study written with the live Markdown preview (editor.js under
/// the admin's Content Security Policy), saved, scheduled in a time zone other than UTC, and made
/// public by the site's own background scheduler at that moment, not before.
/// </summary>
public sealed class EditorJourneyTests(RunningSite site) : IClassFixture<RunningSite>
{
    private const string Password = "Editor-journey-test-42";
    private const string Zone = "Asia/Kolkata";
    private const string Body = """
        Kiosks sell water at a **fair price** to every household.

        | District | Kiosks |
        |----------|--------|
        | North    | 12     |
        | South    | 9      |
        """;

    [Fact]
    public async Task An_editor_writes_a_case_study_with_the_preview_schedules_it_and_it_goes_live_at_that_moment()
    {
        const string email = "journey-editor@example.org";
        const string title = "Water kiosks for every district";
        const string id = "browser-water-kiosks";
        await site.CreateAdminAsync(email, Password);
        var page = await site.NewPageAsync();
        await SignInAsync(page, email);

        await FillNewCaseStudyAsync(page, title, id);
        await Assertions.Expect(page.Locator("#body-preview strong")).ToHaveTextAsync("fair price");
        await Assertions.Expect(page.Locator("#body-preview table td").First).ToHaveTextAsync("North");
        await RunningSite.ScreenshotAsync(page, "editor-preview");

        await page.GetByRole(AriaRole.Button, new() { Name = "Create draft" }).ClickAsync();
        await page.WaitForURLAsync($"**/admin/content/{id}/en/edit?done=created");

        // A whole minute, since datetime-local steps by minutes, at least ten seconds ahead.
        var now = DateTime.UtcNow;
        var due = new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerMinute), DateTimeKind.Utc).AddMinutes(now.Second >= 50 ? 2 : 1);
        var wallClock = TimeZoneInfo.ConvertTimeFromUtc(due, TimeZoneInfo.FindSystemTimeZoneById(Zone));
        await page.GetByLabel("Publish at").FillAsync(wallClock.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
        await page.Locator("#schedule-zone").SelectOptionAsync(Zone);
        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule", Exact = true }).ClickAsync();
        await page.WaitForURLAsync($"**/admin/content/{id}/en/edit?done=scheduled");
        await Assertions.Expect(page.Locator("#scheduled")).ToContainTextAsync(due.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC");

        var publicUrl = $"{site.BaseUrl}/case-studies/{id}";
        var before = await page.GotoAsync(publicUrl);
        Assert.True(DateTime.UtcNow < due, "the public page was checked too late to prove it was hidden before the moment");
        Assert.Equal(404, before!.Status);

        var deadline = due.AddSeconds(60);
        var live = before;
        while (live!.Status != 200)
        {
            Assert.True(DateTime.UtcNow < deadline, $"{publicUrl} was still {live.Status} a minute after {due:HH:mm} UTC");
            await Task.Delay(500, TestContext.Current.CancellationToken);
            live = await page.ReloadAsync();
        }

        Assert.True(DateTime.UtcNow >= due, "the case study went live before its scheduled moment");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await Assertions.Expect(page.Locator("main strong", new() { HasText = "fair price" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main table td", new() { HasText = "North" })).ToBeVisibleAsync();
        await RunningSite.ScreenshotAsync(page, "editor-scheduled-live");
    }

    [Fact]
    public async Task The_case_study_editor_with_its_preview_has_no_serious_accessibility_violation()
    {
        const string email = "journey-a11y@example.org";
        await site.CreateAdminAsync(email, Password);
        // axe-core is injected as an inline script, which the admin's Content Security Policy refuses.
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = true, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await SignInAsync(page, email);

        await FillNewCaseStudyAsync(page, "Accessible kiosks", "browser-accessible-kiosks");
        await Assertions.Expect(page.Locator("#body-preview strong")).ToHaveTextAsync("fair price");

        Assert.Empty(await Axe.SeriousViolationsAsync(page));
    }

    private async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync(site.BaseUrl + "/account/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/admin");
    }

    private async Task FillNewCaseStudyAsync(IPage page, string title, string id)
    {
        await page.GotoAsync(site.BaseUrl + "/admin/content/new?type=CaseStudy");
        await page.GetByLabel("Title (required)").FillAsync(title);
        await page.GetByLabel("Id", new() { Exact = true }).FillAsync(id);
        await page.GetByLabel("Summary").FillAsync("Neighbourhood kiosks bring safe water at a fair price.");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Disaster Risk Reduction and Mitigation in Resilient Cities (disaster-risk-reduction)" }).CheckAsync();
        await page.GetByLabel("Text", new() { Exact = true }).FillAsync(Body);
    }
}
