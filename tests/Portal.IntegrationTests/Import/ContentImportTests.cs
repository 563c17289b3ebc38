using Portal.Content.Import;
using Portal.IntegrationTests.Fixtures;

namespace Portal.IntegrationTests.Import;

/// <summary>Importing content files through the site's <see cref="ContentImporter"/>, checked through the API.</summary>
public abstract class ContentImportTests(IDatabaseSource database)
{
    [Fact]
    public async Task The_repository_content_imports_without_a_problem_and_again_as_all_unchanged()
    {
        await using var app = await PortalApp.CreateAsync(database, withRepositoryContent: true);
        var files = Directory.EnumerateFiles(app.ContentPath, "*.md", SearchOption.AllDirectories)
            .Count(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase));
        var before = await app.CountAsync();

        var report = await app.ImportAsync();

        Assert.Empty(report.Problems);
        Assert.Equal((0, 0, files), (report.Created, report.Updated, report.Unchanged));
        Assert.Equal(files, before.Items);
        Assert.Equal(before, await app.CountAsync());
    }

    [Fact]
    public async Task Importing_unchanged_files_again_creates_no_new_version()
    {
        await using var app = await PortalApp.CreateAsync(database);
        app.WriteContent("clusters/floods.md", ContentFile.Cluster("Floods"));
        app.WriteContent("cities/ningbo.md", ContentFile.Of("Port city", "type: City", "title: Ningbo", "country: CN", "published: 2024-01-01"));
        var first = await app.ImportAsync();

        var again = await app.ImportAsync();

        Assert.Equal((2, 0, 0), (first.Created, first.Updated, first.Unchanged));
        Assert.Equal((0, 0, 2), (again.Created, again.Updated, again.Unchanged));
        Assert.Empty(again.Problems);
        Assert.Equal((2, 2), await app.CountAsync());
    }

    [Fact]
    public async Task A_changed_file_becomes_a_new_version_and_the_api_shows_it()
    {
        await using var app = await PortalApp.CreateAsync(database);
        app.WriteContent("clusters/floods.md", ContentFile.Cluster("Floods"));
        await app.ImportAsync();

        app.WriteContent("clusters/floods.md", ContentFile.Cluster("Floods and droughts"));
        var report = await app.ImportAsync();

        Assert.Equal((0, 1, 0), (report.Created, report.Updated, report.Unchanged));
        Assert.Equal(2, await app.VersionCountAsync("floods"));
        Assert.Equal("Floods and droughts", (string)(await app.GetJsonAsync("/api/content/floods"))["title"]!);
    }

    [Fact]
    public async Task A_draft_without_a_publication_date_is_imported_but_not_public()
    {
        await using var app = await PortalApp.CreateAsync(database);
        app.WriteContent("clusters/floods.md", ContentFile.Of("Body text", "type: Cluster", "title: Floods"));

        var report = await app.ImportAsync();

        Assert.Equal(1, report.Created);
        Assert.Equal((1, 1), await app.CountAsync());
        Assert.Equal(404, (await app.GetAsync("/api/content/floods")).Status);
        Assert.Empty(await app.ListIdsAsync("type=Cluster"));
    }

    [Fact]
    public async Task An_item_published_in_the_future_is_not_public_yet()
    {
        await using var app = await PortalApp.CreateAsync(database);
        app.WriteContent("clusters/floods.md", ContentFile.Of("Body text", "type: Cluster", "title: Floods", "published: 2999-01-01"));
        app.WriteContent("clusters/heat.md", ContentFile.Cluster("Heat"));

        var report = await app.ImportAsync();

        Assert.Equal(2, report.Created);
        Assert.Equal(404, (await app.GetAsync("/api/content/floods")).Status);
        Assert.Equal(["heat"], await app.ListIdsAsync("type=Cluster"));
    }

    [Fact]
    public async Task Removing_the_publication_date_from_a_file_unpublishes_its_item()
    {
        await using var app = await PortalApp.CreateAsync(database);
        app.WriteContent("clusters/floods.md", ContentFile.Cluster("Floods"));
        await app.ImportAsync();
        Assert.Equal(200, (await app.GetAsync("/api/content/floods")).Status);

        app.WriteContent("clusters/floods.md", ContentFile.Of("Body text", "type: Cluster", "title: Floods"));
        var report = await app.ImportAsync();

        Assert.Equal(1, report.Updated);
        Assert.Equal(404, (await app.GetAsync("/api/content/floods")).Status);
        Assert.Empty(await app.ListIdsAsync("type=Cluster"));
    }

    [Fact]
    public async Task A_removed_file_is_reported_and_its_item_stays_public()
    {
        await using var app = await PortalApp.CreateAsync(database);
        app.WriteContent("clusters/floods.md", ContentFile.Cluster("Floods"));
        app.WriteContent("clusters/heat.md", ContentFile.Cluster("Heat"));
        await app.ImportAsync();

        app.DeleteContent("clusters/floods.md");
        var report = await app.ImportAsync();

        Assert.Contains("clusters/floods.md", Assert.Single(report.Removed), StringComparison.Ordinal);
        Assert.Equal(0, report.Archived);
        Assert.Equal(["floods", "heat"], (await app.ListIdsAsync("type=Cluster")).Order(StringComparer.Ordinal));
        Assert.Equal("Floods", (string)(await app.GetJsonAsync("/api/content/floods"))["title"]!);
    }

    [Fact]
    public async Task Pruning_archives_the_item_of_a_removed_file_and_takes_it_off_the_api()
    {
        await using var app = await PortalApp.CreateAsync(database);
        app.WriteContent("clusters/floods.md", ContentFile.Cluster("Floods"));
        app.WriteContent("clusters/heat.md", ContentFile.Cluster("Heat"));
        await app.ImportAsync();

        app.DeleteContent("clusters/floods.md");
        var report = await app.ImportAsync(new ImportRequest(Prune: true));

        Assert.Contains("clusters/floods.md", Assert.Single(report.Removed), StringComparison.Ordinal);
        Assert.Equal(1, report.Archived);
        Assert.Equal(404, (await app.GetAsync("/api/content/floods")).Status);
        Assert.Equal(["heat"], await app.ListIdsAsync("type=Cluster"));
        Assert.Empty((await app.ImportAsync(new ImportRequest(Prune: true))).Removed);
    }

    [Fact]
    public async Task Importing_a_sub_folder_leaves_the_rest_of_the_content_alone()
    {
        await using var app = await PortalApp.CreateAsync(database);
        app.WriteContent("clusters/floods.md", ContentFile.Cluster("Floods"));
        app.WriteContent("cities/ningbo.md", ContentFile.Of("Port city", "type: City", "title: Ningbo", "country: CN", "published: 2024-01-01"));

        var report = await app.ImportAsync(new ImportRequest(Path.Combine(app.ContentPath, "clusters"), Prune: true));

        Assert.Equal(1, report.Created);
        Assert.Empty(report.Removed);
        Assert.Equal(["floods"], await app.ListIdsAsync(""));
    }

    [Fact]
    public async Task A_folder_outside_the_content_folder_imports_with_the_ids_its_files_give()
    {
        await using var app = await PortalApp.CreateAsync(database);
        app.WriteContent("clusters/floods.md", ContentFile.Cluster("Floods"));
        await app.ImportAsync();
        var partner = app.OutsidePath;
        File.WriteAllText(Path.Combine(partner, "floods.fr.md"), ContentFile.Cluster("Inondations", "id: floods"));
        File.WriteAllText(Path.Combine(partner, "heat.md"), ContentFile.Cluster("Heat"));

        var report = await app.ImportAsync(new ImportRequest(partner));

        Assert.Empty(report.Problems);
        Assert.Equal((2, 0), (report.Created, report.Updated));
        Assert.Equal("Inondations", (string)(await app.GetJsonAsync("/api/content/floods?culture=fr"))["title"]!);
        Assert.Equal("Floods", (string)(await app.GetJsonAsync("/api/content/floods?culture=en"))["title"]!);
        Assert.Equal("Heat", (string)(await app.GetJsonAsync("/api/content/heat"))["title"]!);
        var again = await app.ImportAsync(new ImportRequest(partner));
        var content = await app.ImportAsync();
        Assert.Equal((0, 0, 2), (again.Created, again.Updated, again.Unchanged));
        Assert.Equal((0, 0, 1), (content.Created, content.Updated, content.Unchanged));
        Assert.Empty(again.Removed.Concat(content.Removed));
        Assert.Empty(again.Problems.Concat(content.Problems));
    }

    [Fact]
    public async Task Pruning_a_folder_archives_only_the_items_whose_files_came_from_that_folder()
    {
        await using var app = await PortalApp.CreateAsync(database);
        app.WriteContent("clusters/floods.md", ContentFile.Cluster("Floods"));
        app.WriteContent("clusters/heat.md", ContentFile.Cluster("Heat"));
        var partner = app.OutsidePath;
        File.WriteAllText(Path.Combine(partner, "drought.md"), ContentFile.Cluster("Drought"));
        File.WriteAllText(Path.Combine(partner, "storms.md"), ContentFile.Cluster("Storms"));
        Assert.Empty((await app.ImportAsync()).Problems);
        Assert.Empty((await app.ImportAsync(new ImportRequest(partner))).Problems);

        File.Delete(Path.Combine(partner, "drought.md"));
        app.DeleteContent("clusters/heat.md");
        var fromPartner = await app.ImportAsync(new ImportRequest(partner, Prune: true));

        Assert.Contains("drought.md (drought, en)", Assert.Single(fromPartner.Removed), StringComparison.Ordinal);
        Assert.Equal(1, fromPartner.Archived);
        Assert.Equal(["floods", "heat", "storms"], (await app.ListIdsAsync("type=Cluster")).Order(StringComparer.Ordinal));

        var fromContent = await app.ImportAsync(new ImportRequest(Prune: true));

        Assert.Equal("clusters/heat.md (heat, en)", Assert.Single(fromContent.Removed));
        Assert.Equal(1, fromContent.Archived);
        Assert.Equal(["floods", "storms"], (await app.ListIdsAsync("type=Cluster")).Order(StringComparer.Ordinal));
    }
}

public sealed class ContentImportTestsOnSqlite() : ContentImportTests(SqliteFiles.Instance);

public sealed class ContentImportTestsOnPostgreSql(PostgresServer server) : ContentImportTests(server);
