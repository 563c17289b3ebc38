using System.Text;
using System.Text.Json.Nodes;
using Portal.Content.Import;
using Portal.IntegrationTests.Fixtures;

namespace Portal.IntegrationTests.Import;

/// <summary>
/// Files that break a rule of the content format: each is refused with a problem that names the
/// file, the line where there is one, and the rule; it changes nothing, and the good files of the
/// same import still go in.
/// </summary>
public abstract class BadInputTests(IDatabaseSource database)
{
    private const string Floods = "clusters/floods.md";

    [Fact]
    public async Task Broken_yaml_is_refused_at_its_line()
    {
        await using var app = await PortalApp.CreateAsync(database);

        var report = await ImportBesideGoodFileAsync(app, () => app.WriteContent(Floods, ContentFile.Of("Body text", "type: Cluster", "title: Floods: the sequel: now", "published: 2024-01-01")));

        AssertRefused(report, Floods, "yaml", line: 3);
    }

    [Fact]
    public async Task A_file_without_a_title_is_refused()
    {
        await using var app = await PortalApp.CreateAsync(database);

        var report = await ImportBesideGoodFileAsync(app, () => app.WriteContent(Floods, ContentFile.Of("Body text", "type: Cluster", "published: 2024-01-01")));

        var problem = AssertRefused(report, Floods, "required-field", line: 1);
        Assert.Contains("'title'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_type_is_refused_at_its_line()
    {
        await using var app = await PortalApp.CreateAsync(database);

        var report = await ImportBesideGoodFileAsync(app, () => app.WriteContent(Floods, ContentFile.Of("Body text", "type: Widget", "title: Floods", "published: 2024-01-01")));

        AssertRefused(report, Floods, "unknown-type", line: 2);
    }

    [Fact]
    public async Task An_unknown_culture_is_refused_at_its_line()
    {
        await using var app = await PortalApp.CreateAsync(database);

        var report = await ImportBesideGoodFileAsync(app, () => app.WriteContent(Floods, ContentFile.Cluster("Floods", "culture: xx")));

        AssertRefused(report, Floods, "unknown-culture", line: 5);
    }

    [Fact]
    public async Task An_unknown_country_is_refused_at_its_line()
    {
        await using var app = await PortalApp.CreateAsync(database);

        var report = await ImportBesideGoodFileAsync(app, () => app.WriteContent(Floods, ContentFile.Cluster("Floods", "countries: [CN, ZZ]")));

        var problem = AssertRefused(report, Floods, "unknown-country", line: 5);
        Assert.Contains("ZZ", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_hazard_is_refused_at_its_line()
    {
        await using var app = await PortalApp.CreateAsync(database);

        var report = await ImportBesideGoodFileAsync(app, () => app.WriteContent(Floods, ContentFile.Cluster("Floods", "hazards:", "  - flood", "  - sharknado")));

        var problem = AssertRefused(report, Floods, "unknown-hazard", line: 7);
        Assert.Contains("sharknado", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_cluster_is_refused_at_its_line()
    {
        await using var app = await PortalApp.CreateAsync(database);

        var report = await ImportBesideGoodFileAsync(app, () => app.WriteContent(Floods, ContentFile.Cluster("Floods", "clusters: [nowhere]")));

        var problem = AssertRefused(report, Floods, "unknown-reference", line: 5);
        Assert.Contains("'nowhere' in 'clusters'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_city_reference_is_refused_at_its_line()
    {
        await using var app = await PortalApp.CreateAsync(database);

        var report = await ImportBesideGoodFileAsync(app, () => app.WriteContent(Floods, ContentFile.Cluster("Floods", "cities: [nowhere]")));

        var problem = AssertRefused(report, Floods, "unknown-reference", line: 5);
        Assert.Contains("'nowhere' in 'cities'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_files_with_the_same_id_are_both_refused()
    {
        await using var app = await PortalApp.CreateAsync(database);

        var report = await ImportBesideGoodFileAsync(app, () =>
        {
            app.WriteContent("clusters/drought-a.md", ContentFile.Cluster("Drought", "id: drought"));
            app.WriteContent("clusters/drought-b.md", ContentFile.Cluster("Drought again", "id: drought"));
        });

        AssertRefused(report, "clusters/drought-a.md", "duplicate-id", line: 5);
        AssertRefused(report, "clusters/drought-b.md", "duplicate-id", line: 5);
        Assert.Equal(404, (await app.GetAsync("/api/content/drought")).Status);
    }

    [Fact]
    public async Task A_new_file_with_the_id_of_an_existing_file_is_refused()
    {
        await using var app = await PortalApp.CreateAsync(database);

        var report = await ImportBesideGoodFileAsync(app, () => app.WriteContent("clusters/floods-copy.md", ContentFile.Cluster("Floods copy", "id: floods")));

        var problem = AssertRefused(report, "clusters/floods-copy.md", "duplicate-id", line: 5);
        Assert.Contains(Floods, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_files_with_the_same_slug_are_both_refused()
    {
        await using var app = await PortalApp.CreateAsync(database);

        var report = await ImportBesideGoodFileAsync(app, () =>
        {
            app.WriteContent("clusters/drought.md", ContentFile.Cluster("Drought", "slug: dry"));
            app.WriteContent("clusters/aridity.md", ContentFile.Cluster("Aridity", "slug: dry"));
        });

        AssertRefused(report, "clusters/drought.md", "duplicate-slug", line: 5);
        AssertRefused(report, "clusters/aridity.md", "duplicate-slug", line: 5);
    }

    [Fact]
    public async Task A_file_over_1_MiB_is_refused()
    {
        await using var app = await PortalApp.CreateAsync(database);
        var huge = ContentFile.Of(new string('x', 5 * 1024 * 1024), "type: Cluster", "title: Floods", "published: 2024-01-01");

        var report = await ImportBesideGoodFileAsync(app, () => app.WriteContent(Floods, huge));

        var problem = AssertRefused(report, Floods, "file-size", line: null);
        Assert.Contains("1 MiB", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_utf8_is_refused_at_the_line_of_the_bad_bytes()
    {
        await using var app = await PortalApp.CreateAsync(database);
        byte[] bytes = [.. Encoding.UTF8.GetBytes(ContentFile.Cluster("Floods").Replace("Body text", "Body\ntext ", StringComparison.Ordinal).TrimEnd('\n')), 0xC3, 0x28, (byte)'\n'];

        var report = await ImportBesideGoodFileAsync(app, () => app.WriteContent(Floods, bytes));

        AssertRefused(report, Floods, "encoding", line: 7);
    }

    [Fact]
    public async Task A_file_of_another_folder_with_the_id_of_an_item_whose_file_is_still_there_is_refused()
    {
        await using var app = await PortalApp.CreateAsync(database);
        var partner = app.OutsidePath;
        var floods = Path.Combine(partner, "floods.md");

        var report = await ImportBesideGoodFileAsync(app, () => File.WriteAllText(floods, ContentFile.Cluster("Someone else's floods", "id: floods")), new ImportRequest(partner));

        var problem = AssertRefused(report, floods, "duplicate-id", line: 5);
        Assert.Contains(Floods, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_folder_is_refused_and_changes_nothing()
    {
        await using var app = await PortalApp.CreateAsync(database);
        app.WriteContent(Floods, ContentFile.Cluster("Floods"));
        await app.ImportAsync();
        var missing = Path.Combine(app.OutsidePath, "no-such-folder");
        var counts = await app.CountAsync();

        var report = await app.ImportAsync(new ImportRequest(missing, Prune: true));

        var problem = AssertRefused(report, missing, "missing-folder", line: null);
        Assert.Contains(missing, problem.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, report.Created + report.Updated + report.Archived);
        Assert.Equal(counts, await app.CountAsync());
    }

    [Fact]
    public async Task Scripts_event_handlers_javascript_links_and_frames_are_stripped_from_the_html()
    {
        await using var app = await PortalApp.CreateAsync(database);
        const string body = """
            ## Hostile input

            <script>alert(1)</script>

            <img src=x onerror=alert(1)>

            A [link](javascript:alert(1)) and a [good link](https://example.org/).

            <iframe src="https://example.org/embed"></iframe>
            """;
        app.WriteContent(Floods, ContentFile.Of(body, "type: Cluster", "title: Floods", "published: 2024-01-01"));

        var report = await app.ImportAsync();
        var html = (string)(await app.GetJsonAsync("/api/content/floods"))["html"]!;

        Assert.Empty(report.Problems);
        foreach (var forbidden in (string[])["<script", "onerror", "javascript:", "<iframe"])
        {
            Assert.DoesNotContain(forbidden, html, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("<h2 id=\"hostile-input\">", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org/\"", html, StringComparison.Ordinal);
    }

    /// <summary>
    /// Imports clusters/floods.md (public), then one import of the bad files beside a good new
    /// file (clusters/heat.md): checks that only heat.md went in and that the store and the API are
    /// otherwise as before, and returns that import's report.
    /// </summary>
    /// <param name="badFolder">Where the bad files are, when not in the content folder: imported after the content folder.</param>
    private static async Task<ImportReport> ImportBesideGoodFileAsync(PortalApp app, Action writeBadFiles, ImportRequest? badFolder = null)
    {
        app.WriteContent(Floods, ContentFile.Cluster("Floods"));
        Assert.Empty((await app.ImportAsync()).Problems);
        var counts = await app.CountAsync();
        var items = (await app.GetJsonAsync("/api/content?size=100"))["items"]!.ToJsonString();
        var floods = (await app.GetJsonAsync("/api/content/floods")).ToJsonString();

        writeBadFiles();
        app.WriteContent("clusters/heat.md", ContentFile.Cluster("Heat"));
        var report = await app.ImportAsync();
        if (badFolder is not null)
        {
            Assert.Empty(report.Problems);
            var bad = await app.ImportAsync(badFolder);
            Assert.Equal((0, 0), (bad.Created, bad.Updated));
            report.Problems.AddRange(bad.Problems);
        }

        Assert.Equal((1, 0), (report.Created, report.Updated));
        Assert.Equal((counts.Items + 1, counts.Versions + 1), await app.CountAsync());
        Assert.Equal("Heat", (string)(await app.GetJsonAsync("/api/content/heat"))["title"]!);
        Assert.Equal(floods, (await app.GetJsonAsync("/api/content/floods")).ToJsonString());
        var after = (await app.GetJsonAsync("/api/content?size=100"))["items"]!.AsArray();
        Assert.Equal(items, new JsonArray([.. after.Where(i => (string)i!["id"]! != "heat").Select(i => i!.DeepClone())]).ToJsonString());
        return report;
    }

    private static ImportProblem AssertRefused(ImportReport report, string file, string rule, int? line)
    {
        var problem = Assert.Single(report.Problems, p => p.File == file);
        Assert.Equal((rule, line), (problem.Rule, problem.Line));
        var text = problem.ToString();
        Assert.StartsWith(line is null ? $"{file}: {rule}: " : $"{file}:{line}: {rule}: ", text, StringComparison.Ordinal);
        return problem;
    }
}

public sealed class BadInputTestsOnSqlite() : BadInputTests(SqliteFiles.Instance);

public sealed class BadInputTestsOnPostgreSql(PostgresServer server) : BadInputTests(server);
