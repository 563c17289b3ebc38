using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Portal.Content.Model;
using Portal.IntegrationTests.Fixtures;
using Portal.Search.Queue;

namespace Portal.IntegrationTests.Search;

/// <summary><c>/api/search</c> on a site that follows its content through the indexing queue.</summary>
public abstract class SearchApiTests(IDatabaseSource database)
{
    [Fact]
    public async Task A_search_answers_the_contract_with_the_best_case_study_first()
    {
        await using var app = await PortalApp.CreateAsync(database, withRepositoryContent: true);
        await WaitForQueueAsync(app);

        var result = await app.GetJsonAsync("/api/search?q=flood%20insurance");

        Assert.True(result["hits"]!.AsArray().Count > 0, result.ToJsonString());
        Assert.Equal("flood insurance", (string)result["query"]!);
        Assert.Equal(1, (int)result["page"]!);
        var top = result["hits"]!.AsArray()[0]!;
        Assert.Equal("ningbo-catastrophe-insurance", (string)top["id"]!);
        Assert.Equal("CaseStudy", (string)top["type"]!);
        Assert.Equal("/case-studies/ningbo-catastrophe-insurance", (string)top["url"]!);
        Assert.Contains("<mark>", (string)top["snippet"]!, StringComparison.Ordinal);
        Assert.True((double)top["score"]! > 0);
        Assert.NotNull(top["published"]);
        foreach (var facet in new[] { "type", "cluster", "country", "hazard", "year" })
        {
            Assert.NotNull(result["facets"]![facet]);
        }
    }

    [Theory]
    [InlineData("宁波海绵城市")]
    [InlineData("宁波如何建设海绵城市")]
    public async Task A_chinese_query_typed_without_spaces_finds_the_ningbo_sponge_city_first(string query)
    {
        await using var app = await PortalApp.CreateAsync(database, withRepositoryContent: true);
        await WaitForQueueAsync(app);

        var result = await app.GetJsonAsync("/api/search?culture=zh&q=" + Uri.EscapeDataString(query));

        var top = result["hits"]!.AsArray()[0]!;
        Assert.Equal("ningbo-sponge-city", (string)top["id"]!);
        Assert.Equal("zh", (string)top["culture"]!);
        Assert.Contains("<mark>", (string)top["snippet"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Facet_counts_match_the_published_items_of_the_database()
    {
        await using var app = await PortalApp.CreateAsync(database, withRepositoryContent: true);
        var live = await app.QueryAsync(db => db.ContentItems
            .Where(x => x.Status == ContentStatus.Published && x.PublishedUtc <= DateTime.UtcNow)
            .GroupBy(x => x.Type).Select(g => new { g.Key, Count = g.Count() }).ToListAsync());

        var result = await SearchUntilAsync(app, "size=1", r => (int)r["total"]! == live.Sum(t => t.Count));

        var types = result["facets"]!["type"]!.AsArray().ToDictionary(f => (string)f!["value"]!, f => (int)f!["count"]!);
        Assert.Equal(live.ToDictionary(t => t.Key, t => t.Count), types);
        var clusterCount = await app.QueryAsync(db => db.ContentTerms.CountAsync(t => t.Kind == TermKinds.Cluster && t.Value == "disaster-risk-reduction"));
        var drr = result["facets"]!["cluster"]!.AsArray().Single(f => (string)f!["value"]! == "disaster-risk-reduction")!;
        Assert.Equal(clusterCount, (int)drr["count"]!);
    }

    [Fact]
    public async Task A_published_item_becomes_searchable_and_a_draft_never_does()
    {
        await using var app = await PortalApp.CreateAsync(database);
        app.WriteContent("clusters/zanzibar.md", ContentFile.Cluster("Zanzibar lagoons"));
        app.WriteContent("clusters/draft.md", ContentFile.Of("Zanzibar draft notes", "type: Cluster", "title: Zanzibar draft"));
        await app.ImportAsync();

        var result = await SearchUntilAsync(app, "q=zanzibar", r => (int)r["total"]! > 0);
        await WaitForQueueAsync(app);

        Assert.Equal(["zanzibar"], Ids(await app.GetJsonAsync("/api/search?q=zanzibar")));
        Assert.Equal(["zanzibar"], Ids(result));
    }

    [Fact]
    public async Task Unpublished_and_archived_items_leave_the_results()
    {
        await using var app = await PortalApp.CreateAsync(database);
        app.WriteContent("clusters/a.md", ContentFile.Cluster("Quokka resilience"));
        app.WriteContent("clusters/b.md", ContentFile.Cluster("Quokka recovery"));
        await app.ImportAsync();
        await SearchUntilAsync(app, "q=quokka", r => (int)r["total"]! == 2);

        app.WriteContent("clusters/a.md", ContentFile.Of("Now a draft", "type: Cluster", "title: Quokka resilience"));
        app.DeleteContent("clusters/b.md");
        await app.ImportAsync(new Portal.Content.Import.ImportRequest(Prune: true));

        await SearchUntilAsync(app, "q=quokka", r => (int)r["total"]! == 0);
    }

    [Fact]
    public async Task Changes_written_while_the_index_was_down_are_indexed_on_the_next_start()
    {
        var app = await PortalApp.CreateAsync(database);
        await StopIndexingAsync(app);
        app.WriteContent("clusters/okapi.md", ContentFile.Cluster("Okapi corridors"));
        await app.ImportAsync();
        Assert.Equal(0, (int)(await app.GetJsonAsync("/api/search?q=okapi"))["total"]!);

        await using var restarted = await app.RestartAsync();

        await SearchUntilAsync(restarted, "q=okapi", r => (int)r["total"]! == 1);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_deleted_or_corrupt_index_is_rebuilt_from_the_database_on_start(bool corrupt)
    {
        var app = await PortalApp.CreateAsync(database);
        app.WriteContent("clusters/narwhal.md", ContentFile.Cluster("Narwhal coasts"));
        await app.ImportAsync();
        await SearchUntilAsync(app, "q=narwhal", r => (int)r["total"]! == 1);

        await using var restarted = await app.RestartAsync(data =>
        {
            var index = Path.Combine(data, "search-index");
            if (corrupt)
            {
                foreach (var file in Directory.GetFiles(index, "segments_*"))
                {
                    File.WriteAllText(file, "not an index");
                }
            }
            else
            {
                Directory.Delete(index, recursive: true);
            }
        });

        await SearchUntilAsync(restarted, "q=narwhal", r => (int)r["total"]! == 1);
    }

    [Theory]
    [InlineData("q=%22unclosed")]
    [InlineData("q=AND%20OR")]
    [InlineData("q=*")]
    [InlineData("q=field:")]
    [InlineData("q=%01%02flood%07")]
    [InlineData("q=flood&cluster=nowhere&country=zz&hazard=none")]
    [InlineData("q=flood&page=999")]
    public async Task Malformed_queries_and_unknown_filter_values_answer_200(string query)
    {
        await using var app = await PortalApp.CreateAsync(database, withRepositoryContent: true);

        var (status, body) = await app.GetAsync("/api/search?" + query);

        Assert.Equal(200, status);
        Assert.NotNull(body!["hits"]);
    }

    [Fact]
    public async Task Ten_kilobytes_of_query_answer_200_and_size_is_capped_at_100()
    {
        await using var app = await PortalApp.CreateAsync(database, withRepositoryContent: true);
        ContentFile.WriteBulletins(app, 80);
        await app.ImportAsync();
        await SearchUntilAsync(app, "q=bulletin", r => (int)r["total"]! == 80);

        var (status, _) = await app.GetAsync("/api/search?q=" + string.Concat(Enumerable.Repeat("flood+", 1700)));
        var capped = await app.GetJsonAsync("/api/search?size=1000");

        Assert.Equal(200, status);
        Assert.True((int)capped["total"]! > 100, capped["total"]!.ToJsonString());
        Assert.Equal(100, (int)capped["size"]!);
        Assert.Equal(100, capped["hits"]!.AsArray().Count);
    }

    [Fact]
    public async Task The_type_filter_keeps_only_the_matches_of_that_type()
    {
        await using var app = await PortalApp.CreateAsync(database);
        app.WriteContent("clusters/ocelot.md", ContentFile.Cluster("Ocelot corridors"));
        app.WriteContent("news/ocelot-sightings.md", ContentFile.News("Ocelot sightings", "Ocelots were seen again."));
        await app.ImportAsync();
        await SearchUntilAsync(app, "q=ocelot", r => (int)r["total"]! == 2);

        var news = await app.GetJsonAsync("/api/search?q=ocelot&type=News");
        var clusters = await app.GetJsonAsync("/api/search?q=ocelot&type=Cluster");

        Assert.Equal(["ocelot-sightings"], Ids(news));
        Assert.Equal(1, (int)news["total"]!);
        Assert.Equal(["ocelot"], Ids(clusters));
        Assert.Equal("News", (string)news["facets"]!["type"]![0]!["value"]!);
    }

    [Theory]
    [InlineData("page=abc")]
    [InlineData("page=0")]
    [InlineData("size=-1")]
    [InlineData("culture=xx")]
    [InlineData("type=Blog")]
    [InlineData("from=yesterday")]
    public async Task Malformed_parameters_answer_400_with_an_error(string query)
    {
        await using var app = await PortalApp.CreateAsync(database);

        var (status, body) = await app.GetAsync("/api/search?q=flood&" + query);

        Assert.Equal(400, status);
        Assert.False(string.IsNullOrWhiteSpace((string?)body!["error"]));
    }

    [Fact]
    public async Task Suggest_answers_titles_for_what_is_being_typed()
    {
        await using var app = await PortalApp.CreateAsync(database, withRepositoryContent: true);
        await SearchUntilAsync(app, "q=ningbo", r => (int)r["total"]! > 0);

        var suggestions = (await GetArrayAsync(app, "/api/search/suggest?q=catastrophe%20insur")).Select(s => (string)s!["url"]!);

        Assert.Contains("/case-studies/ningbo-catastrophe-insurance", suggestions);
    }

    [Fact]
    public async Task Suggest_answers_chinese_titles_for_chinese_being_typed()
    {
        await using var app = await PortalApp.CreateAsync(database, withRepositoryContent: true);
        await SearchUntilAsync(app, "q=ningbo", r => (int)r["total"]! > 0);

        // 宁波 (Ningbo), 巨灾 (catastrophe): Chinese, indexed in bigrams, is typed without spaces.
        var suggestions = await GetArrayAsync(app, "/api/search/suggest?q=%E5%AE%81%E6%B3%A2%E5%B7%A8%E7%81%BE&culture=zh");

        Assert.Contains(suggestions, s => (string)s!["url"]! == "/zh/case-studies/ningbo-catastrophe-insurance" && ((string)s["title"]!).StartsWith("宁波巨灾", StringComparison.Ordinal));
    }

    private static async Task<JsonArray> GetArrayAsync(PortalApp app, string path)
    {
        using var client = app.CreateClient();
        var text = await client.GetStringAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        return JsonNode.Parse(text)!.AsArray();
    }

    /// <summary>The index follows the database within a second; this waits up to ten, to stay clear of a slow machine.</summary>
    internal static async Task<JsonObject> SearchUntilAsync(PortalApp app, string query, Func<JsonObject, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var result = await app.GetJsonAsync("/api/search?" + query);
            if (condition(result))
            {
                return result;
            }

            Assert.True(DateTime.UtcNow < deadline, $"/api/search?{query} still answers {result.ToJsonString()}");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    internal static async Task WaitForQueueAsync(PortalApp app)
    {
        var last = await app.QueryAsync(db => db.Set<IndexingTask>().MaxAsync(t => (long?)t.Id)) ?? 0;
        var index = app.Services.GetRequiredService<Portal.Search.Indexing.SearchIndex>();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (index.Cursor < last)
        {
            Assert.True(DateTime.UtcNow < deadline, "the indexing queue was not drained");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    private static Task StopIndexingAsync(PortalApp app) =>
        app.Services.GetServices<IHostedService>().OfType<IndexingService>().Single().StopAsync(TestContext.Current.CancellationToken);

    internal static List<string> Ids(JsonObject result) => [.. result["hits"]!.AsArray().Select(h => (string)h!["id"]!)];
}

public sealed class SearchApiTestsOnSqlite() : SearchApiTests(SqliteFiles.Instance);

public sealed class SearchApiTestsOnPostgreSql(PostgresServer server) : SearchApiTests(server);
