using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Content.Users;
using Portal.Content.Types;
using Portal.Digests.Delivery;
using Portal.Digests.Subscriptions;
using Portal.IntegrationTests.Admin;
using Portal.IntegrationTests.Fixtures;
using Portal.IntegrationTests.Search;
using Portal.IntegrationTests.Site;

namespace Portal.IntegrationTests.Types;

/// <summary>
/// A type the portal does not have, added the way the README says (its descriptor, its template and
/// its words, nothing else): <see cref="GuideType"/>, registered by the test's site only.
/// </summary>
public sealed class AddedContentTypeTests
{
    private const string Guide = """
        ---
        type: Guide
        id: flood-ready-streets
        title: Flood-ready streets in five steps
        summary: What a planning office can do before the rainy season.
        published: 2026-11-20
        clusters: [drr]
        countries: [CN]
        audience: planners
        reviewed: 2026-11-01
        partner_cities: [ningbo]
        ---
        Map the low streets, keep the drains clear, and tell residents where the water will go.
        """;

    [Fact]
    public async Task A_type_added_as_a_descriptor_imports_and_is_listed_by_the_api_with_its_fields_found_by_search_and_sent_in_a_digest()
    {
        await using var app = await StartedAsync();
        app.WriteContent("guides/flood-ready-streets.md", Guide);
        var report = await app.ImportAsync();
        Assert.True(report.Succeeded, string.Join('\n', report.Problems));

        var list = await app.GetJsonAsync("/api/content?type=Guide");
        var listed = Assert.Single(list["items"]!.AsArray());
        Assert.Equal("/guides/flood-ready-streets", (string)listed!["url"]!);
        Assert.Equal(["flood-ready-streets"], await app.ListIdsAsync("type=Guide&cluster=drr"));
        Assert.Equal(["flood-ready-streets"], await app.ListIdsAsync("type=Guide&country=CN"));

        var item = await app.GetJsonAsync("/api/content/flood-ready-streets");
        Assert.Equal("Guide", (string)item["type"]!);
        Assert.Equal("planners", (string)item["audience"]!);
        Assert.Equal("2026-11-01", (string)item["reviewed"]!);
        Assert.Equal(["ningbo"], item["partner_cities"]!.AsArray().Select(v => (string)v!));

        await SearchApiTests.WaitForQueueAsync(app);
        var found = await app.GetJsonAsync("/api/search?q=drains%20residents&type=Guide");
        var hit = Assert.Single(found["hits"]!.AsArray());
        Assert.Equal("flood-ready-streets", (string)hit!["id"]!);
        Assert.Equal("/guides/flood-ready-streets", (string)hit["url"]!);
        var byCity = await app.GetJsonAsync("/api/search?q=streets&type=Guide&culture=en");
        Assert.Contains("flood-ready-streets", SearchApiTests.Ids(byCity));

        await SubscribeAsync(app, "planner@example.org", "drr");
        var pass = await app.Services.GetRequiredService<DigestPass>().RunAsync(DateTime.UtcNow.Date.AddDays(1).AddHours(8), TestContext.Current.CancellationToken);
        Assert.True(pass.Sent >= 1, $"the pass sent {pass.Sent}");
        var digest = Assert.Single(await AccountMailbox.WaitForAsync(app, "planner@example.org", 1));
        Assert.True(digest.TextBody?.Contains("https://portal.test/guides/flood-ready-streets", StringComparison.Ordinal) == true, digest.TextBody);
        // The group's heading is the theme's word for the new type, not its name.
        Assert.Contains("How-to guides", digest.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_type_added_as_a_descriptor_has_its_page_in_every_culture_with_its_fields_and_json_ld_and_is_in_the_sitemap_and_the_feeds()
    {
        await using var app = await StartedAsync();
        app.WriteContent("guides/flood-ready-streets.md", Guide);
        var report = await app.ImportAsync();
        Assert.True(report.Succeeded, string.Join('\n', report.Problems));

        var page = await SitePage.GetAsync(app, "/guides/flood-ready-streets");
        Assert.Equal(200, page.Status);
        Assert.Contains("<h1>Flood-ready streets in five steps</h1>", page.Text, StringComparison.Ordinal);
        // A choice is shown as the theme's word for it; a reference as a link to the item named.
        Assert.Contains("<p class=\"audience\">City planners</p>", page.Text, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/cities/ningbo\">Ningbo</a>", page.Text, StringComparison.Ordinal);
        Assert.Contains("Map the low streets", page.Text, StringComparison.Ordinal);
        Assert.Contains("\"@type\":\"HowTo\"", page.Text, StringComparison.Ordinal);

        // No Chinese translation: the Chinese prefix shows the English page, and its links stay under /zh.
        var chinese = await SitePage.GetAsync(app, "/zh/guides/flood-ready-streets");
        Assert.Equal(200, chinese.Status);
        Assert.Contains("Flood-ready streets in five steps", chinese.Text, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/zh/cities/ningbo\">", chinese.Text, StringComparison.Ordinal);
        Assert.Equal(404, (await SitePage.GetAsync(app, "/guides/no-such-guide")).Status);

        var sitemap = await SitePage.GetAsync(app, "/sitemap.xml");
        Assert.Contains("/guides/flood-ready-streets</loc>", sitemap.Text, StringComparison.Ordinal);
        Assert.Contains("/zh/guides/flood-ready-streets</loc>", sitemap.Text, StringComparison.Ordinal);
        var feed = await SitePage.GetAsync(app, "/feed.xml");
        Assert.Contains("/guides/flood-ready-streets</link>", feed.Text, StringComparison.Ordinal);
        var clusterFeed = await SitePage.GetAsync(app, "/clusters/drr/feed.xml");
        Assert.Contains("/guides/flood-ready-streets</link>", clusterFeed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_type_added_as_a_descriptor_is_written_in_the_admin_with_a_control_for_each_field_refused_at_the_field_and_read_back_as_saved()
    {
        await using var app = await StartedAsync();
        using var editor = await AdminSession.SignInAsNewAsync(app, PortalRoles.Editor);

        var blank = await editor.GetPageAsync("/admin/content/new?type=Guide");
        Assert.Contains("<legend>Guide</legend>", blank, StringComparison.Ordinal);
        Assert.Contains("name=\"Form.Fields[audience]\"", blank, StringComparison.Ordinal);
        Assert.Contains("<option value=\"responders\">responders</option>", blank, StringComparison.Ordinal);
        Assert.Contains("name=\"Form.Fields[reviewed]\"", blank, StringComparison.Ordinal);
        Assert.Contains("<label for=\"f-partner_cities\">Partner cities</label>", blank, StringComparison.Ordinal);
        Assert.Contains("<option value=\"ningbo\">Ningbo (ningbo)</option>", blank, StringComparison.Ordinal);

        (string, string)[] fields = [("Id", "flood-ready-streets"), ("Culture", "en"), ("Title", "Flood-ready streets in five steps"), ("Body", "Map the low streets."),
            ("Fields[clusters]", "drr"), ("Fields[partner_cities]", "ningbo"), ("Fields[tags]", "drains, streets")];
        var refused = await ContentForms.CreateAsync(editor, GuideType.Name, [.. fields, ("Fields[audience]", "tourists"), ("Fields[reviewed]", "2026-11-01")]);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, refused.StatusCode);
        var refusedPage = await ContentForms.BodyAsync(refused);
        Assert.Contains("id=\"f-audience-problem\"", refusedPage, StringComparison.Ordinal);
        Assert.Contains("href=\"#f-audience\"", refusedPage, StringComparison.Ordinal);
        // What was typed stays in the form.
        Assert.Contains("<option value=\"ningbo\" selected=\"selected\">", refusedPage, StringComparison.Ordinal);
        Assert.Equal(0, await app.QueryAsync(db => db.ContentItems.CountAsync(x => x.Type == GuideType.Name, TestContext.Current.CancellationToken)));

        await ContentForms.AssertRedirectAsync(await ContentForms.CreateAsync(editor, GuideType.Name, [.. fields, ("Fields[audience]", "planners"), ("Fields[reviewed]", "2026-11-01")]), "/admin/content/flood-ready-streets/en/edit");
        var (page, revision) = await ContentForms.OpenAsync(editor, "flood-ready-streets");
        Assert.Contains("<option value=\"planners\" selected=\"selected\">", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"ningbo\" selected=\"selected\">", page, StringComparison.Ordinal);
        Assert.Contains("name=\"Form.Fields[reviewed]\" type=\"text\" value=\"2026-11-01\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"drains, streets\"", page, StringComparison.Ordinal);

        await ContentForms.AssertRedirectAsync(
            await ContentForms.SaveAsync(editor, "flood-ready-streets", "en", revision, "save", [.. fields, ("Fields[audience]", "mayors"), ("Fields[reviewed]", "")]),
            "/admin/content/flood-ready-streets/en/edit");
        var saved = await app.QueryAsync(db => db.ContentVersions.Where(v => v.ContentId == "flood-ready-streets" && v.Culture == "en").OrderByDescending(v => v.Number).Select(v => v.FieldsJson).FirstAsync(TestContext.Current.CancellationToken));
        var json = JsonNode.Parse(saved)!;
        Assert.Equal("mayors", (string)json["audience"]!);
        Assert.Null(json["reviewed"]);
        Assert.Equal(["ningbo"], json["partner_cities"]!.AsArray().Select(v => (string)v!));
        Assert.Equal(["drains", "streets"], json["tags"]!.AsArray().Select(v => (string)v!));
    }

    [Fact]
    public async Task A_file_of_the_added_type_that_breaks_its_descriptors_rules_is_refused_at_the_field_and_nothing_is_imported()
    {
        await using var app = await StartedAsync();
        app.WriteContent("guides/bad.md", Guide.Replace("audience: planners", "audience: tourists", StringComparison.Ordinal).Replace("reviewed: 2026-11-01", "reviewed: 2026", StringComparison.Ordinal).Replace("published: 2026-11-20", "published: 2026-11-20\nfloors: 3", StringComparison.Ordinal));

        var report = await app.ImportAsync();

        Assert.False(report.Succeeded);
        Assert.Contains(report.Problems, p => p.Rule == "unknown-audience" && p.Line == 10);
        Assert.Contains(report.Problems, p => p.Rule == "date" && p.Line == 11);
        Assert.Contains(report.Problems, p => p.Rule == "unknown-field" && p.Message.Contains("'floors' is not a field of Guide", StringComparison.Ordinal));
        Assert.Empty(await app.ListIdsAsync("type=Guide"));
    }

    [Fact]
    public async Task Without_its_descriptor_the_type_is_unknown_to_the_import_and_the_api()
    {
        await using var app = await PortalApp.CreateAsync(SqliteFiles.Instance);
        app.WriteContent("guides/flood-ready-streets.md", Guide);

        var report = await app.ImportAsync();

        Assert.Contains(report.Problems, p => p.Rule == "unknown-type");
        var (status, body) = await app.GetAsync("/api/content?type=Guide");
        Assert.Equal(400, status);
        Assert.Contains("type 'Guide' is unknown", body!["error"]!.ToString(), StringComparison.Ordinal);
    }

    /// <summary>A site with the guide type, a theme that has its words, a cluster and a city to refer to.</summary>
    private static async Task<PortalApp> StartedAsync()
    {
        var themes = Directory.CreateTempSubdirectory("portal-guide-theme-").FullName;
        Repository.CopyFolder(Path.Combine(Repository.Root, "themes", "Galaxy"), Path.Combine(themes, "Galaxy"));
        AddWord(Path.Combine(themes, "Galaxy", "mail", "locales", "en.json"), "type_Guide", "How-to guides");
        AddWord(Path.Combine(themes, "Galaxy", "locales", "en.json"), "type_Guide", "How-to guide");
        AddWord(Path.Combine(themes, "Galaxy", "locales", "en.json"), "audience_planners", "City planners");
        File.WriteAllText(Path.Combine(themes, "Galaxy", "templates", "guide.liquid"), """
            <article><h1>{{ item.title }}</h1><p class="audience">{{ audience }}</p>{% for c in partner_cities %}<a href="{{ c.url }}">{{ c.name }}</a>{% endfor %}{{ item.html | raw }}</article>
            """);
        var app = await PortalApp.CreateAsync(
            SqliteFiles.Instance,
            settings: new Dictionary<string, string?> { ["Portal:ThemesPath"] = themes, ["Portal:BaseUrl"] = "https://portal.test" },
            configureServices: services => services.AddContentType(GuideType.Descriptor));
        app.WriteContent("clusters/drr.md", "---\ntype: Cluster\nid: drr\ntitle: Disaster risk reduction\npublished: 2026-11-01\n---\nCities preparing for floods.\n");
        app.WriteContent("cities/ningbo.md", "---\ntype: City\nid: ningbo\ntitle: Ningbo\ncountry: CN\npublished: 2026-11-01\n---\nA port city.\n");
        var report = await app.ImportAsync();
        Assert.True(report.Succeeded, string.Join('\n', report.Problems));
        return app;
    }

    private static void AddWord(string path, string key, string word)
    {
        var words = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        words[key] = word;
        File.WriteAllText(path, words.ToJsonString());
    }

    private static Task<int> SubscribeAsync(PortalApp app, string email, string cluster) => app.QueryAsync(async db =>
    {
        var confirmed = DateTime.UtcNow.AddHours(-1);
        var subscription = new Subscription
        {
            Id = Guid.CreateVersion7(),
            Email = email,
            Culture = "en",
            Frequency = DigestFrequency.Daily,
            Status = SubscriptionStatus.Active,
            ConfirmStamp = Convert.ToHexString(Guid.NewGuid().ToByteArray()),
            CreatedUtc = confirmed,
            ConfirmedUtc = confirmed,
            ModifiedUtc = confirmed,
        };
        subscription.SetClusters([cluster]);
        db.Add(subscription);
        return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    });
}
