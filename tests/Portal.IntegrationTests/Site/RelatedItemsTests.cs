using System.Text.RegularExpressions;
using Portal.IntegrationTests.Fixtures;
using Portal.IntegrationTests.Search;

namespace Portal.IntegrationTests.Site;

/// <summary>
/// The related items of an item page and of <c>/api/search/related</c>: like the item's text, its culture
/// first, only what is public now, never the item itself. The item's terms come from the database.
/// </summary>
public abstract partial class RelatedItemsTests(IDatabaseSource database)
{
    private const string Mangroves = "Mangrove belts along the estuary break storm surges, and replanted mangrove nurseries protect the fishing villages from coastal erosion.";

    [Fact]
    public async Task An_item_page_lists_items_like_it_in_its_culture_first_and_never_itself_or_what_is_not_public()
    {
        await using var app = await StartAsync();

        var page = await SitePage.GetAsync(app, "/pages/mangroves");

        Assert.Equal(200, page.Status);
        var related = Related(page.Text);
        Assert.Equal(["/news/mangrove-nurseries", "/pages/estuary-bulletin"], related.Take(2));
        Assert.Contains("/pages/coastal-cluster-note", related);
        Assert.True(related.IndexOf("/pages/coastal-cluster-note") > 1, "an item of another culture comes after those of the item's culture");
        Assert.DoesNotContain("/pages/mangroves", related);
        Assert.DoesNotContain("/zh/pages/mangroves", related);
        Assert.DoesNotContain("/news/scheduled-mangroves", related);
        Assert.DoesNotContain("/news/draft-mangroves", related);
        Assert.DoesNotContain("/news/library-hours", related);
    }

    [Fact]
    public async Task A_list_kept_from_an_earlier_render_gives_way_to_an_item_published_since()
    {
        await using var app = await StartAsync();
        var before = Related((await SitePage.GetAsync(app, "/pages/mangroves")).Text);

        app.WriteContent("news/mangrove-surge-atlas.md", ContentFile.Of(Mangroves + " " + Mangroves, "type: News", "title: A mangrove surge atlas", "published: 2024-03-01"));
        var report = await app.ImportAsync();
        Assert.True(report.Problems.Count == 0, string.Join('\n', report.Problems));
        await SearchApiTests.WaitForQueueAsync(app);
        var after = Related((await SitePage.GetAsync(app, "/pages/mangroves")).Text);

        Assert.DoesNotContain("/news/mangrove-surge-atlas", before);
        Assert.Equal("/news/mangrove-surge-atlas", after[0]);
    }

    [Fact]
    public async Task The_related_api_answers_the_same_list_and_an_unknown_item_is_a_404()
    {
        await using var app = await StartAsync();

        var answer = await app.GetAsync("/api/search/related?id=mangroves&culture=en&size=3");
        var missing = await app.GetAsync("/api/search/related?id=draft-mangroves");
        var scheduled = await app.GetAsync("/api/search/related?id=scheduled-mangroves");
        var bad = await app.GetAsync("/api/search/related?id=mangroves&size=0");

        Assert.Equal(200, answer.Status);
        Assert.Equal(["mangrove-nurseries", "estuary-bulletin", "coastal-cluster-note"], answer.Body!.AsArray().Select(r => (string)r!["id"]!));
        Assert.Equal("/news/mangrove-nurseries", (string)answer.Body!.AsArray()[0]!["url"]!);
        Assert.Equal(404, missing.Status);
        Assert.Equal(404, scheduled.Status);
        Assert.Equal(400, bad.Status);
        Assert.NotNull(bad.Body!["error"]);
    }

    private async Task<PortalApp> StartAsync()
    {
        var app = await PortalApp.CreateAsync(database);
        app.WriteContent("clusters/coasts.md", ContentFile.Cluster("Coasts"));
        app.WriteContent("pages/mangroves.md", ContentFile.Of(Mangroves, "type: Page", "title: Mangroves against the surge", "published: 2024-01-01", "clusters: [coasts]"));
        app.WriteContent("pages/mangroves.zh.md", ContentFile.Of("红树林保护渔村免受风暴潮侵袭。", "type: Page", "id: mangroves", "title: 红树林", "published: 2024-01-01", "clusters: [coasts]"));
        app.WriteContent("news/mangrove-nurseries.md", ContentFile.Of("Replanted mangrove nurseries along the estuary protect fishing villages from storm surges and coastal erosion.", "type: News", "title: Mangrove nurseries open", "published: 2024-02-01"));
        app.WriteContent("pages/estuary-bulletin.md", ContentFile.Of("The estuary fishing villages report less coastal erosion.", "type: Page", "title: Estuary bulletin", "published: 2024-02-01"));
        app.WriteContent("pages/coastal-cluster-note.zh.md", ContentFile.Of("沿海城市的合作笔记。", "type: Page", "culture: zh", "title: 沿海笔记", "published: 2024-02-01", "clusters: [coasts]"));
        app.WriteContent("news/scheduled-mangroves.md", ContentFile.Of(Mangroves, "type: News", "title: Mangroves again, later", "published: 2099-01-01"));
        app.WriteContent("news/draft-mangroves.md", ContentFile.Of(Mangroves, "type: News", "title: Mangroves, a draft"));
        app.WriteContent("news/library-hours.md", ContentFile.News("Library hours", "The library opens at nine on weekdays."));
        var report = await app.ImportAsync();
        Assert.True(report.Problems.Count == 0, string.Join('\n', report.Problems));
        await SearchApiTests.WaitForQueueAsync(app);
        return app;
    }

    /// <summary>The links of the page's related section, in order.</summary>
    private static List<string> Related(string html)
    {
        var section = RelatedSection().Match(html);
        Assert.True(section.Success, "the page has no related section");
        return [.. Link().Matches(section.Value).Select(m => m.Groups[1].Value).Distinct()];
    }

    [GeneratedRegex("""<section class="section related".*?</section>""", RegexOptions.Singleline)]
    private static partial Regex RelatedSection();

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Link();
}

public sealed class RelatedItemsTestsOnSqlite() : RelatedItemsTests(SqliteFiles.Instance);

public sealed class RelatedItemsTestsOnPostgreSql(PostgresServer server) : RelatedItemsTests(server);
