using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Content.Users;
using Portal.IntegrationTests.Fixtures;
using static Portal.IntegrationTests.Admin.ContentForms;

namespace Portal.IntegrationTests.Admin;

/// <summary>The editor: every field of every type, stored as import stores it, refused where import refuses, translations and the Markdown preview.</summary>
public sealed class ContentEditorTests
{
    private static readonly (string, string)[] CaseStudyFields =
    [
        ("Culture", "en"), ("Title", "Chongqing: \"slope\" monitoring 🌧"), ("Summary", "Sensors on hillsides.\nA second line."), ("Published", "2026-11-16"),
        ("Fields[clusters]", "disaster-risk-reduction"), ("Fields[countries]", "CN"), ("Fields[countries]", "LB"), ("Fields[cities]", "chongqing"), ("Fields[organizations]", "undp"),
        ("Fields[hazards]", "landslide"), ("Fields[hazards]", "flood"), ("Fields[sdgs]", "11"), ("Fields[sdgs]", "13"), ("Fields[tags]", "early warning, slopes"),
        ("Fields[essentials]", "2"), ("Fields[essentials]", "9"), ("Fields[status]", "ongoing"), ("Entries[period][0][start]", "2019"), ("Entries[period][0][end]", "2023-06"),
        ("Entries[partners][0][ref]", "chongqing"), ("Entries[partners][0][role]", "provider"), ("Entries[partners][1][ref]", "undp"), ("Entries[partners][1][role]", "funder"),
        ("Fields[funding]", "City budget"), ("Fields[contact]", "Office of emergency management"),
        ("Entries[sources][0][title]", "City report (2023)"), ("Entries[sources][0][url]", "https://example.org/report"), ("Entries[sources][1][title]", "Interview"),
        ("Body", "## Challenge\r\n\r\nSteep slopes.\r\n"),
    ];

    [Fact]
    public async Task A_case_study_with_every_field_is_stored_as_the_importer_stores_the_same_front_matter()
    {
        await using var app = await PortalApp.CreateAsync(new SqliteFiles(), withRepositoryContent: true);
        using var editor = await AdminSession.SignInAsNewAsync(app, PortalRoles.Editor);

        await AssertRedirectAsync(await CreateAsync(editor, "CaseStudy", [("Id", "slopes-admin"), .. CaseStudyFields]), EditPath("slopes-admin") + "?done=created");
        app.WriteContent("case-studies/slopes-file.md", """
            ---
            type: CaseStudy
            id: slopes-file
            culture: en
            title: "Chongqing: \"slope\" monitoring 🌧"
            summary: "Sensors on hillsides.\nA second line."
            published: 2026-11-16
            clusters: [disaster-risk-reduction]
            countries: [CN, LB]
            cities: [chongqing]
            organizations: [undp]
            hazards: [landslide, flood]
            sdgs: [11, 13]
            tags: [early warning, slopes]
            sources:
              - {title: City report (2023), url: "https://example.org/report"}
              - {title: Interview}
            essentials: [2, 9]
            status: ongoing
            period: {start: 2019, end: 2023-06}
            partners:
              - {ref: chongqing, role: provider}
              - {ref: undp, role: funder}
            funding: City budget
            contact: Office of emergency management
            ---
            ## Challenge

            Steep slopes.
            """);
        Assert.True((await app.ImportAsync()).Succeeded);

        var (admin, file) = await app.QueryAsync(async db => (
            await db.ContentVersions.SingleAsync(v => v.ContentId == "slopes-admin"),
            await db.ContentVersions.SingleAsync(v => v.ContentId == "slopes-file")));
        Assert.Equal(file.FieldsJson.Replace("slopes-file", "slopes-admin", StringComparison.Ordinal), admin.FieldsJson);
        Assert.Equal((file.Title, file.Summary, file.Body, file.PublishedUtc), (admin.Title, admin.Summary, admin.Body, admin.PublishedUtc));
        var item = await app.QueryAsync(db => db.ContentItems.SingleAsync(x => x.ContentId == "slopes-admin"));
        Assert.Equal(Portal.Content.Model.ContentStatus.Draft, item.Status);
        Assert.NotNull(item.OwnerId);

        // The form shows the stored fields again.
        var (page, _) = await OpenAsync(editor, "slopes-admin");
        Assert.Contains("<option value=\"landslide\" selected=\"selected\">", page, StringComparison.Ordinal);
        Assert.Contains("value=\"2023-06\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"early warning, slopes\"", page, StringComparison.Ordinal);
        Assert.Contains("## Challenge", BodyOf(page), StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string[]> Refusals() => new()
    {
        { "unknown cluster", "unknown-reference", ["Fields[clusters]=no-such-cluster"] },
        { "duplicate slug", "duplicate-slug", ["Slug=ningbo-sponge-city"] },
        { "duplicate id", "duplicate-id", ["Id=ningbo-sponge-city"] },
        { "bad id", "identifier", ["Id=Not An Id"] },
        { "unknown hazard", "unknown-hazard", ["Fields[hazards]=typhoon"] },
        { "unknown country", "unknown-country", ["Fields[countries]=XX"] },
        { "partner that is no city", "unknown-reference", ["Entries[partners][0][ref]=disaster-risk-reduction", "Entries[partners][0][role]=provider"] },
        { "partner without a role", "partner", ["Entries[partners][0][ref]=ningbo"] },
        { "source without a title", "source", ["Entries[sources][0][url]=https://example.org"] },
        { "bad date", "date", ["Published=yesterday"] },
        { "missing title", "required-field", ["Title="] },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task The_editor_refuses_what_import_refuses_and_changes_nothing(string what, string rule, string[] fields)
    {
        await using var app = await PortalApp.CreateAsync(new SqliteFiles(), withRepositoryContent: true);
        using var editor = await AdminSession.SignInAsNewAsync(app, PortalRoles.Editor);
        var before = await ContentState.SnapshotAsync(app);
        var given = fields.Select(f => f.Split('=', 2)).Select(p => (p[0], p[1])).ToList();
        (string, string)[] defaults = [("Id", "new-study"), ("Title", "A new study")];
        (string, string)[] form = [.. defaults.Where(d => given.All(g => g.Item1 != d.Item1)), .. given];

        using var response = await CreateAsync(editor, "CaseStudy", form);

        var page = await BodyAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{what}: {(int)response.StatusCode}");
        Assert.Contains("role=\"alert\"", page, StringComparison.Ordinal);
        Assert.Contains($"({rule})", page, StringComparison.Ordinal);
        Assert.Equal(before, await ContentState.SnapshotAsync(app));
    }

    [Fact]
    public async Task An_edit_that_names_an_unknown_cluster_is_refused_and_keeps_the_text_in_the_form()
    {
        await using var app = await PortalApp.CreateAsync(new SqliteFiles(), withRepositoryContent: true);
        using var editor = await AdminSession.SignInAsNewAsync(app, PortalRoles.Editor);
        var (_, revision) = await OpenAsync(editor, "ningbo");
        var before = await ContentState.SnapshotAsync(app);

        using var response = await SaveAsync(editor, "ningbo", "en", revision, "save",
            ("Title", "Ningbo, edited"), ("Fields[country]", "CN"), ("Fields[clusters]", "no-such-cluster"), ("Body", "Edited body text"));

        var page = await BodyAsync(response);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'no-such-cluster' in 'clusters' is not a known Cluster", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Contains("href=\"#f-clusters\"", page, StringComparison.Ordinal);
        Assert.Equal("Edited body text", BodyOf(page));
        Assert.Equal(before, await ContentState.SnapshotAsync(app));
    }

    [Fact]
    public async Task Saving_a_published_item_adds_a_version_and_leaves_the_public_page_as_it_was()
    {
        await using var app = await PortalApp.CreateAsync(new SqliteFiles(), withRepositoryContent: true);
        using var editor = await AdminSession.SignInAsNewAsync(app, PortalRoles.Editor);
        var (_, revision) = await OpenAsync(editor, "ningbo");
        var versions = await app.VersionCountAsync("ningbo");

        await AssertRedirectAsync(await SaveAsync(editor, "ningbo", "en", revision, "save",
            ("Title", "Ningbo, the draft title"), ("Fields[country]", "CN"), ("Body", "A draft body."), ("Note", "first draft")), EditPath("ningbo") + "?done=saved");

        Assert.Equal(versions + 1, await app.VersionCountAsync("ningbo"));
        Assert.Equal("Ningbo", (string)(await app.GetJsonAsync("/api/content/ningbo"))["title"]!);
        var (page, newRevision) = await OpenAsync(editor, "ningbo");
        Assert.Contains("value=\"Ningbo, the draft title\"", page, StringComparison.Ordinal);
        Assert.True(newRevision > revision);
        var audit = await app.QueryAsync(db => db.Set<Portal.Admin.Audit.AuditEntry>().SingleAsync(e => e.Action == "content.save"));
        Assert.Equal(("ningbo/en", $"version {versions + 1}"), (audit.Target, audit.Detail));
    }

    [Fact]
    public async Task A_translation_is_prefilled_from_its_source_and_shares_its_id()
    {
        await using var app = await PortalApp.CreateAsync(new SqliteFiles(), withRepositoryContent: true);
        using var editor = await AdminSession.SignInAsNewAsync(app, PortalRoles.Editor);

        var form = await editor.GetPageAsync("/admin/content/new?translate=ningbo&from=en&culture=zh");
        Assert.Contains("value=\"Ningbo\"", form, StringComparison.Ordinal);
        Assert.Contains("<option value=\"zh\" selected=\"selected\">zh</option>", form, StringComparison.Ordinal);
        Assert.Contains("name=\"type\" value=\"City\"", form, StringComparison.Ordinal);

        await AssertRedirectAsync(await CreateAsync(editor, "City", ("Id", "ningbo"), ("Culture", "zh"), ("Title", "宁波"), ("Fields[country]", "CN")), EditPath("ningbo", "zh"));

        var original = await editor.GetPageAsync(EditPath("ningbo"));
        Assert.Contains($"href=\"{EditPath("ningbo", "zh")}\"", original, StringComparison.Ordinal);
        Assert.Contains("content.translate", await app.QueryAsync(db => db.Set<Portal.Admin.Audit.AuditEntry>().Select(e => e.Action).ToListAsync()));
        using var again = await CreateAsync(editor, "City", ("Id", "ningbo"), ("Culture", "zh"), ("Title", "宁波 again"), ("Fields[country]", "CN"));
        Assert.Contains("(duplicate-id)", await BodyAsync(again), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_markdown_preview_is_the_sites_sanitised_rendering_and_needs_the_token()
    {
        await using var app = await PortalApp.CreateAsync(new SqliteFiles());
        using var editor = await AdminSession.SignInAsNewAsync(app, PortalRoles.Contributor);
        const string markdown = "## Lessons\n\n<script>alert(1)</script>\n\n[link](javascript:alert(1)) and **bold**";

        using var response = await editor.PostFormAsync("/admin/content/new?type=News", [new("markdown", markdown)], "/admin/content/preview-markdown");
        var html = await BodyAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h2 id=\"lessons\">Lessons</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>bold</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);

        using var form = new FormUrlEncodedContent([new("markdown", markdown)]);
        using var forged = await editor.Client.PostAsync(new Uri("/admin/content/preview-markdown", UriKind.Relative), form, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        using var anonymous = AdminSession.Anonymous(app);
        using var refused = await anonymous.Client.PostAsync(new Uri("/admin/content/preview-markdown", UriKind.Relative), new FormUrlEncodedContent([new("markdown", "x")]), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Theory]
    [InlineData("another session's")]
    [InlineData("altered")]
    public async Task A_new_item_posted_with_a_wrong_antiforgery_token_is_refused_and_nothing_is_stored(string wrong)
    {
        await using var app = await PortalApp.CreateAsync(new SqliteFiles());
        using var editor = await AdminSession.SignInAsNewAsync(app, PortalRoles.Editor);
        using var other = await AdminSession.SignInAsNewAsync(app, PortalRoles.Editor);
        var token = wrong == "altered" ? await editor.AlteredAntiforgeryTokenAsync("/admin/content/new?type=News") : await other.AntiforgeryTokenAsync("/admin/content/new?type=News");

        using var form = new FormUrlEncodedContent(
            [new("type", "News"), new("Form.Id", "forged-news"), new("Form.Culture", "en"), new("Form.Title", "Forged"), new("__RequestVerificationToken", token)]);
        using var response = await editor.Client.PostAsync(new Uri("/admin/content/new", UriKind.Relative), form, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal((0, 0), await app.CountAsync());
        Assert.Empty(await app.QueryAsync(db => db.Set<Portal.Admin.Audit.AuditEntry>().Where(e => e.Action.StartsWith("content.")).ToListAsync()));
    }

    [Fact]
    public async Task A_body_nested_too_deeply_is_refused_beside_the_body_field_by_the_preview_and_the_save()
    {
        await using var app = await PortalApp.CreateAsync(new SqliteFiles(), withRepositoryContent: true);
        using var editor = await AdminSession.SignInAsNewAsync(app, PortalRoles.Editor);
        var (_, revision) = await OpenAsync(editor, "ningbo");
        var before = await ContentState.SnapshotAsync(app);

        foreach (var (name, deep) in ContentFile.NestedTooDeeply)
        {
            var body = $"An ordinary paragraph.\n\n{deep}";
            using var preview = await editor.PostFormAsync("/admin/content/new?type=News", [new("markdown", body)], "/admin/content/preview-markdown");
            var reason = await BodyAsync(preview);
            Assert.True(preview.StatusCode == HttpStatusCode.BadRequest, $"{name}: the preview answered {(int)preview.StatusCode}");
            Assert.StartsWith("Line 3 of the body: ", reason, StringComparison.Ordinal);
            Assert.Contains("(markdown-depth)", reason, StringComparison.Ordinal);

            using var created = await CreateAsync(editor, "News", ("Id", $"deep-{name}"), ("Title", "Deep"), ("Body", body));
            using var saved = await SaveAsync(editor, "ningbo", "en", revision, "save", ("Title", "Ningbo"), ("Fields[country]", "CN"), ("Body", body));
            foreach (var response in (HttpResponseMessage[])[created, saved])
            {
                var raw = await BodyAsync(response);
                var page = WebUtility.HtmlDecode(raw);
                Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{name}: {response.RequestMessage!.RequestUri} answered {(int)response.StatusCode}");
                Assert.Matches("<p class=\"field-validation-error\" id=\"f-body-problem\">the Markdown nests more than 128 levels deep", page);
                Assert.Contains("href=\"#f-body\"", page, StringComparison.Ordinal);
                Assert.Contains("(markdown-depth)", page, StringComparison.Ordinal);
                Assert.Equal(body, BodyOf(raw));
            }
        }

        Assert.Equal(before, await ContentState.SnapshotAsync(app));
    }

    [Fact]
    public async Task The_editor_serves_its_script_and_every_type_has_its_own_fields()
    {
        await using var app = await PortalApp.CreateAsync(new SqliteFiles(), withRepositoryContent: true);
        using var editor = await AdminSession.SignInAsNewAsync(app, PortalRoles.Editor);

        var expected = new Dictionary<string, string[]>
        {
            ["Event"] = ["name=\"Form.Fields[starts]\"", "name=\"Form.Fields[ends]\"", "<option value=\"Asia/Shanghai\"", "name=\"Form.Fields[venue]\"", "name=\"Form.Fields[online]\"", "name=\"Form.Fields[registration_url]\""],
            ["City"] = ["name=\"Form.Fields[country]\"", "name=\"Form.Fields[region]\"", "name=\"Form.Fields[population]\"", "name=\"Form.Fields[latitude]\"", "name=\"Form.Fields[longitude]\""],
            ["Organization"] = ["name=\"Form.Fields[kind]\"", "<option value=\"un-agency\"", "name=\"Form.Fields[website]\""],
            ["Cluster"] = ["name=\"Form.Fields[order]\""],
            ["CaseStudy"] = ["name=\"Form.Fields[essentials]\"", "name=\"Form.Fields[status]\"", "name=\"Form.Entries[period][0][start]\"", "name=\"Form.Entries[partners][0][ref]\"", "name=\"Form.Fields[funding]\"", "name=\"Form.Fields[contact]\""],
            ["News"] = [],
            ["Page"] = [],
        };
        string[] common = ["name=\"Form.Title\"", "name=\"Form.Slug\"", "name=\"Form.Summary\"", "name=\"Form.Published\"", "name=\"Form.Body\"",
            "<option value=\"disaster-risk-reduction\"", "<option value=\"CN\"", "<option value=\"ningbo\"", "<option value=\"undp\"", "<option value=\"flood\"",
            "name=\"Form.Fields[sdgs]\" value=\"17\"", "name=\"Form.Fields[tags]\"", "name=\"Form.Entries[sources][0][title]\"", "editor.js"];
        foreach (var (type, fields) in expected)
        {
            var page = await editor.GetPageAsync($"/admin/content/new?type={type}");
            Assert.All(common.Concat(fields), field => Assert.Contains(field, page, StringComparison.Ordinal));
            Assert.All(expected.Where(e => e.Key != type).SelectMany(e => e.Value).Where(f => f.StartsWith("name", StringComparison.Ordinal) && !fields.Contains(f)),
                field => Assert.DoesNotContain(field, page, StringComparison.Ordinal));
        }

        using var script = await editor.Client.GetAsync(new Uri("/admin/assets/editor.js", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Contains("/admin/content/preview-markdown", await BodyAsync(script), StringComparison.Ordinal);
    }
}
