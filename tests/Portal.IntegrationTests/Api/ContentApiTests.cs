using System.Text.Json.Nodes;
using Portal.IntegrationTests.Fixtures;

namespace Portal.IntegrationTests.Api;

/// <summary>
/// <c>/api/content</c> on a fresh site that imported the repository's real content/ and seeds/ on
/// its first start, as <c>dotnet run</c> on a new clone does.
/// </summary>
public abstract class ContentApiTests(IDatabaseSource database)
{
    private static readonly string[] Clusters =
    [
        "covid-19-public-health", "disaster-risk-reduction", "e-commerce-smart-cities", "sustainable-agriculture",
        "sustainable-tourism-heritage", "sustainable-transport-air-quality", "waste-green-cities-energy",
    ];

    [Fact]
    public async Task A_fresh_start_lists_exactly_the_seven_clusters_of_the_repository()
    {
        await using var app = await PortalApp.CreateAsync(database, withRepositoryContent: true);

        var list = await app.GetJsonAsync("/api/content?type=Cluster");

        Assert.Equal(7, (int)list["total"]!);
        Assert.Equal(Clusters, list["items"]!.AsArray().Select(item => (string)item!["id"]!).Order(StringComparer.Ordinal));
        Assert.All(list["items"]!.AsArray(), item =>
        {
            Assert.Equal("Cluster", (string)item!["type"]!);
            Assert.Equal($"/clusters/{item["id"]}", (string)item["url"]!);
            Assert.Equal("en", (string)item["culture"]!);
            Assert.False(string.IsNullOrWhiteSpace((string?)item["title"]));
        });
    }

    [Fact]
    public async Task A_case_study_answers_its_html_its_front_matter_and_its_url()
    {
        await using var app = await PortalApp.CreateAsync(database, withRepositoryContent: true);

        var item = await app.GetJsonAsync("/api/content/ningbo-sponge-city");

        Assert.Equal("ningbo-sponge-city", (string)item["id"]!);
        Assert.Equal("CaseStudy", (string)item["type"]!);
        Assert.Equal("/case-studies/ningbo-sponge-city", (string)item["url"]!);
        Assert.Equal("en", (string)item["culture"]!);
        Assert.NotNull(item["published"]);
        Assert.Contains("<h2", (string)item["html"]!, StringComparison.Ordinal);
        Assert.Contains("flood", item["hazards"]!.AsArray().Select(h => (string)h!));
        Assert.Contains(item["partners"]!.AsArray(), p => (string)p!["ref"]! == "ningbo" && (string)p["role"]! == "provider");
        Assert.Contains("disaster-risk-reduction", item["clusters"]!.AsArray().Select(c => (string)c!));
    }

    [Fact]
    public async Task Culture_zh_answers_the_chinese_translation_where_one_exists()
    {
        // The sample content has Chinese translations (the clusters, the Ningbo items): one of them.
        var translation = RepositoryContent.Published("zh").First(f => f.Id == "ningbo-sponge-city");
        await using var app = await PortalApp.CreateAsync(database, withRepositoryContent: true);

        var item = await app.GetJsonAsync($"/api/content/{translation.Id}?culture=zh");
        var english = await app.GetJsonAsync($"/api/content/{translation.Id}");

        Assert.Equal("zh", (string)item["culture"]!);
        Assert.Equal(translation.Title, (string)item["title"]!);
        Assert.StartsWith("/zh/", (string)item["url"]!, StringComparison.Ordinal);
        Assert.Equal("en", (string)english["culture"]!);
    }

    [Fact]
    public async Task Culture_zh_falls_back_to_english_where_there_is_no_translation()
    {
        var translated = RepositoryContent.Published("zh").Select(f => f.Id).ToHashSet();
        var untranslated = RepositoryContent.Published("en").First(f => !translated.Contains(f.Id));
        await using var app = await PortalApp.CreateAsync(database, withRepositoryContent: true);

        var item = await app.GetJsonAsync($"/api/content/{untranslated.Id}?culture=zh");

        Assert.Equal("en", (string)item["culture"]!);
        Assert.Equal(untranslated.Title, (string)item["title"]!);
    }

    [Fact]
    public async Task An_unknown_id_answers_404_with_an_error()
    {
        await using var app = await PortalApp.CreateAsync(database, withRepositoryContent: true);

        var (status, body) = await app.GetAsync("/api/content/no-such-item");

        Assert.Equal(404, status);
        Assert.False(string.IsNullOrWhiteSpace((string?)body?["error"]));
    }

    [Fact]
    public async Task Pages_split_the_listing_and_a_page_past_the_end_is_empty_with_the_right_total()
    {
        await using var app = await PortalApp.CreateAsync(database, withRepositoryContent: true);
        var all = await app.GetJsonAsync("/api/content?size=100");
        var total = (int)all["total"]!;

        var first = await app.GetJsonAsync("/api/content?size=2&page=1");
        var second = await app.GetJsonAsync("/api/content?size=2&page=2");
        var past = await app.GetJsonAsync("/api/content?size=2&page=1000");

        Assert.True(total > 4, $"the repository's content has only {total} public items");
        Assert.Equal(total, all["items"]!.AsArray().Count);
        Assert.Equal([total, 1, 2], [(int)first["total"]!, (int)first["page"]!, (int)first["size"]!]);
        Assert.Equal(Ids(all).Take(2), Ids(first));
        Assert.Equal(Ids(all).Skip(2).Take(2), Ids(second));
        Assert.Equal(total, (int)past["total"]!);
        Assert.Equal(1000, (int)past["page"]!);
        Assert.Empty(past["items"]!.AsArray());
    }

    [Fact]
    public async Task A_size_over_100_is_capped_at_100()
    {
        await using var app = await PortalApp.CreateAsync(database, withRepositoryContent: true);
        ContentFile.WriteBulletins(app, 80);
        await app.ImportAsync();

        var list = await app.GetJsonAsync("/api/content?size=1000");

        Assert.True((int)list["total"]! > 100, list["total"]!.ToJsonString());
        Assert.Equal(100, (int)list["size"]!);
        Assert.Equal(100, list["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task Malformed_paging_and_unknown_filters_answer_400_with_an_error_never_500()
    {
        await using var app = await PortalApp.CreateAsync(database, withRepositoryContent: true);

        foreach (var query in (string[])["page=-1", "page=abc", "page=0", "size=0", "size=abc", "size=-5", "type=Widget", "culture=xx"])
        {
            var (status, body) = await app.GetAsync($"/api/content?{query}");

            Assert.True(status == 400, $"?{query} answered {status}");
            Assert.False(string.IsNullOrWhiteSpace((string?)body?["error"]), $"?{query} answered no error text");
        }
    }

    [Fact]
    public async Task The_cluster_filter_lists_only_the_items_of_that_cluster()
    {
        await using var app = await PortalApp.CreateAsync(database, withRepositoryContent: true);
        var all = await app.GetJsonAsync("/api/content?size=100");

        var filtered = await app.GetJsonAsync("/api/content?size=100&cluster=disaster-risk-reduction");

        Assert.InRange((int)filtered["total"]!, 1, (int)all["total"]! - 1);
        Assert.Contains("ningbo-sponge-city", Ids(filtered));
        foreach (var id in Ids(filtered))
        {
            var item = await app.GetJsonAsync($"/api/content/{id}");
            Assert.Contains("disaster-risk-reduction", item["clusters"]!.AsArray().Select(c => (string)c!));
        }
    }

    [Fact]
    public async Task The_country_filter_lists_only_the_items_of_that_country()
    {
        await using var app = await PortalApp.CreateAsync(database, withRepositoryContent: true);
        var all = await app.GetJsonAsync("/api/content?size=100");

        var filtered = await app.GetJsonAsync("/api/content?size=100&country=lb");

        Assert.InRange((int)filtered["total"]!, 1, (int)all["total"]! - 1);
        Assert.Contains("tripoli", Ids(filtered));
        foreach (var id in Ids(filtered))
        {
            var item = await app.GetJsonAsync($"/api/content/{id}");
            var countries = item["countries"]?.AsArray().Select(c => (string)c!) ?? [];
            Assert.Contains("LB", countries.Append((string?)item["country"] ?? ""));
        }
    }

    private static IEnumerable<string> Ids(JsonObject list) => list["items"]!.AsArray().Select(item => (string)item!["id"]!);
}

public sealed class ContentApiTestsOnSqlite() : ContentApiTests(SqliteFiles.Instance);

public sealed class ContentApiTestsOnPostgreSql(PostgresServer server) : ContentApiTests(server);
