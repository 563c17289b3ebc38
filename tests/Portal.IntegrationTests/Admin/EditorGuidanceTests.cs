using System.Net;
using Portal.Content.Users;
using Portal.IntegrationTests.Fixtures;
using Portal.IntegrationTests.Site;
using static Portal.IntegrationTests.Admin.ContentForms;

namespace Portal.IntegrationTests.Admin;

/// <summary>What the editor tells and spares an editor: types in words, the case study's outline, an empty body, cultures, the preview, the media picker.</summary>
public sealed class EditorGuidanceTests
{
    [Fact]
    public async Task Types_are_named_in_words_and_a_new_case_study_starts_with_its_outline()
    {
        await using var app = await PortalApp.CreateAsync(new SqliteFiles(), withRepositoryContent: true);
        using var editor = await AdminSession.SignInAsNewAsync(app, PortalRoles.Editor);

        var list = await editor.GetPageAsync("/admin/content");
        var form = await editor.GetPageAsync("/admin/content/new?type=CaseStudy");

        Assert.Contains(">New case study</a>", list, StringComparison.Ordinal);
        Assert.DoesNotContain("New CaseStudy", list, StringComparison.Ordinal);
        Assert.Contains("<td data-label=\"Type\">Case study</td>", list, StringComparison.Ordinal);
        Assert.Contains("<h1>New case study</h1>", form, StringComparison.Ordinal);
        Assert.Contains("<legend>Case study</legend>", form, StringComparison.Ordinal);
        Assert.Equal("## Challenge\n\n\n## What was done\n\n\n## Results\n\n\n## Lessons\n\n\n## How to replicate\n\n\n", BodyOf(form).Replace("\r", "", StringComparison.Ordinal));
        Assert.Equal("", BodyOf(await editor.GetPageAsync("/admin/content/new?type=News")).Trim());
    }

    [Fact]
    public async Task A_case_study_with_nothing_under_its_outline_is_not_published_and_the_editor_says_why_beside_the_body()
    {
        await using var app = await PortalApp.CreateAsync(new SqliteFiles(), withRepositoryContent: true);
        using var editor = await AdminSession.SignInAsNewAsync(app, PortalRoles.Editor);
        var outline = BodyOf(await editor.GetPageAsync("/admin/content/new?type=CaseStudy"));
        await AssertRedirectAsync(await CreateAsync(editor, "CaseStudy", ("Id", "empty-case"), ("Culture", "en"), ("Title", "An empty case"), ("Body", outline)), EditPath("empty-case"));

        using var publish = await DecideAsync(editor, "empty-case", "en", "publish");
        using var schedule = await DecideAsync(editor, "empty-case", "en", "schedule", ("At", "2099-01-01T09:00"), ("Zone", "UTC"));

        await AssertRedirectAsync(publish, EditPath("empty-case") + "?refused=empty-body");
        await AssertRedirectAsync(schedule, EditPath("empty-case") + "?refused=empty-body");
        var page = await editor.GetPageAsync(publish.Headers.Location!.OriginalString);
        Assert.Contains("<p class=\"field-validation-error\" id=\"f-body-problem\">Nothing was published: the body is empty.", page, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"f-body-problem\"", page, StringComparison.Ordinal);
        Assert.Equal(404, (await SitePage.GetAsync(app, "/case-studies/empty-case")).Status);
        Assert.Equal(0, await app.QueryAsync(db => Task.FromResult(db.Set<Portal.Admin.Scheduling.ScheduledPublication>().Count(s => s.ContentId == "empty-case"))));

        // Written under its headings, it is published.
        var (_, revision) = await OpenAsync(editor, "empty-case");
        await AssertRedirectAsync(await SaveAsync(editor, "empty-case", "en", revision, "save", ("Title", "An empty case"), ("Body", outline.Replace("## Results\n", "## Results\nThe river stayed in its bed.\n", StringComparison.Ordinal))), EditPath("empty-case"));
        await AssertRedirectAsync(await DecideAsync(editor, "empty-case", "en", "publish"), EditPath("empty-case") + "?done=published");
    }

    [Fact]
    public async Task Translations_are_started_only_in_the_cultures_the_site_serves()
    {
        await using var app = await PortalApp.CreateAsync(new SqliteFiles(), withRepositoryContent: true);
        using var editor = await AdminSession.SignInAsNewAsync(app, PortalRoles.Editor);

        var page = await editor.GetPageAsync(EditPath("ningbo"));
        var form = await editor.GetPageAsync("/admin/content/new?translate=ningbo&from=en&culture=zh");
        using var french = await editor.Client.GetAsync(new Uri("/admin/content/new?translate=ningbo&from=en&culture=fr", UriKind.Relative), TestContext.Current.CancellationToken);
        using var posted = await CreateAsync(editor, "City", ("Id", "ningbo"), ("Culture", "fr"), ("Title", "Ningbo (fr)"), ("Fields[country]", "CN"));

        var offered = System.Text.RegularExpressions.Regex.Match(page, "<select id=\"translation-culture\".*?</select>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        Assert.Contains("<option value=\"zh\">zh</option>", offered, StringComparison.Ordinal);
        Assert.Contains("<option value=\"ar\">ar</option>", offered, StringComparison.Ordinal);
        Assert.DoesNotContain("\"fr\"", offered, StringComparison.Ordinal);
        var cultures = System.Text.RegularExpressions.Regex.Match(form, "<select id=\"f-culture\".*?</select>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        Assert.Contains("<option value=\"zh\" selected=\"selected\">zh</option>", cultures, StringComparison.Ordinal);
        Assert.DoesNotContain("\"fr\"", cultures, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, french.StatusCode);
        Assert.Contains("a culture the site serves: en, zh, ar", await BodyAsync(french), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Contains("(unserved-culture)", await BodyAsync(posted), StringComparison.Ordinal);
        Assert.Equal(0, await app.QueryAsync(db => Task.FromResult(db.ContentItems.Count(x => x.ContentId == "ningbo" && x.Culture == "fr"))));
    }

    [Fact]
    public async Task The_preview_says_draft_and_the_editor_loads_the_media_picker_beside_the_body()
    {
        await using var app = await PortalApp.CreateAsync(new SqliteFiles(), withRepositoryContent: true);
        using var editor = await AdminSession.SignInAsNewAsync(app, PortalRoles.Editor);

        var preview = await editor.GetPageAsync("/admin/content/ningbo-sponge-city/en/preview");
        var public_ = await SitePage.GetAsync(app, "/case-studies/ningbo-sponge-city");
        var page = await editor.GetPageAsync(EditPath("ningbo-sponge-city"));

        Assert.Contains("<div class=\"draft-banner\" role=\"note\"><div class=\"wrap\"><strong>Draft, not public", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("draft-banner", public_.Text, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/admin/assets/media-picker.js\" defer></script>", page, StringComparison.Ordinal);
        Assert.Contains("data-markdown", System.Text.RegularExpressions.Regex.Match(page, "<textarea id=\"f-body\"[^>]*>").Value, StringComparison.Ordinal);
        Assert.Contains("data-media-picker=\"f-body\"", page, StringComparison.Ordinal);
        using var script = await editor.Client.GetAsync(new Uri("/admin/assets/media-picker.js", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }
}
