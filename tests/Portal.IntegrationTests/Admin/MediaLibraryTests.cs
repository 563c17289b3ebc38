using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Portal.Admin.Media;
using Portal.Content.Users;
using Portal.IntegrationTests.Fixtures;

namespace Portal.IntegrationTests.Admin;

/// <summary>The library on both databases: search and paging, the picker's list, alt text, deleting, and serving.</summary>
public abstract class MediaLibraryTests(IDatabaseSource database)
{
    [Fact]
    public async Task The_library_finds_files_by_name_or_alt_text_pages_them_and_the_picker_lists_them_as_json()
    {
        await using var app = await PortalApp.CreateAsync(database);
        using var contributor = await AdminSession.SignInAsNewAsync(app, PortalRoles.Contributor);
        var map = await MediaForms.UploadAcceptedAsync(contributor, MediaSamples.Png(1), "Ningbo-Flood-Map.png", "Flooded districts of Ningbo in 2013");
        var report = await MediaForms.UploadAcceptedAsync(contributor, MediaSamples.Bytes(MediaSamples.Pdf), "Tripoli report.pdf", null, "application/pdf");
        for (byte shade = 10; shade < 30; shade++)
        {
            await MediaForms.UploadAcceptedAsync(contributor, MediaSamples.Png(shade), $"square {shade}.png", $"Grey square number {shade}");
        }

        var byAlt = await contributor.GetPageAsync("/admin/media?q=FLOODED");
        Assert.Contains(map, byAlt, StringComparison.Ordinal);
        Assert.Contains("Flooded districts of Ningbo in 2013", byAlt, StringComparison.Ordinal);
        Assert.DoesNotContain(report, byAlt, StringComparison.Ordinal);
        Assert.Contains("1 file(s)", byAlt, StringComparison.Ordinal);

        var first = await contributor.GetPageAsync("/admin/media");
        var second = await contributor.GetPageAsync("/admin/media?page=2");
        Assert.Contains("22 file(s)", first, StringComparison.Ordinal);
        Assert.Contains("Page 1 of 2", first, StringComparison.Ordinal);
        Assert.DoesNotContain(map, first, StringComparison.Ordinal);
        Assert.Contains(map, second, StringComparison.Ordinal);
        Assert.Contains(report, second, StringComparison.Ordinal);

        var list = await GetJsonAsync(contributor, "/admin/media/list?q=tripoli");
        var item = Assert.Single(list["items"]!.AsArray())!;
        Assert.Equal(($"/media/{report}", "Tripoli report.pdf", "application/pdf"), ((string)item["url"]!, (string)item["name"]!, (string)item["contentType"]!));
        Assert.Null(item["alt"]);
        Assert.Equal(22, (await GetJsonAsync(contributor, "/admin/media/list"))["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task An_editor_changes_the_alt_text_with_an_audit_entry_and_cannot_empty_it_while_a_contributor_gets_403()
    {
        await using var app = await PortalApp.CreateAsync(database);
        using var contributor = await AdminSession.SignInAsNewAsync(app, PortalRoles.Contributor);
        using var editor = await AdminSession.SignInAsNewAsync(app, PortalRoles.Editor);
        var name = await MediaForms.UploadAcceptedAsync(contributor, MediaSamples.Png(), "map.png", "A map");
        var id = (await MediaForms.RowsAsync(app)).Single().Id;
        var page = $"/admin/media/{id}";

        using var emptied = await editor.PostFormAsync(page, [new("AltText", "  ")], $"{page}?handler=AltText");
        await MediaForms.AssertRefusedAsync(emptied, HttpStatusCode.BadRequest, MediaMessages.AltTextRequired);
        using var saved = await editor.PostFormAsync(page, [new("AltText", "Flooded districts of Ningbo")], $"{page}?handler=AltText");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        Assert.Equal("Flooded districts of Ningbo", (await MediaForms.RowsAsync(app)).Single().AltText);
        var audit = Assert.Single(await MediaForms.AuditAsync(app, "media.alt-text"));
        Assert.Equal((name, "Flooded districts of Ningbo"), (audit.Target, audit.Detail));
        using var asContributor = await contributor.Client.GetAsync(new Uri(page, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, asContributor.StatusCode);
    }

    [Fact]
    public async Task A_file_linked_by_a_published_item_is_not_deleted_and_once_unlinked_it_is_deleted_with_its_row_and_an_audit_entry()
    {
        await using var app = await PortalApp.CreateAsync(database);
        using var editor = await AdminSession.SignInAsNewAsync(app, PortalRoles.Editor);
        var name = await MediaForms.UploadAcceptedAsync(editor, MediaSamples.Png(), "map.png", "A map");
        var id = (await MediaForms.RowsAsync(app)).Single().Id;
        var page = $"/admin/media/{id}";
        app.WriteContent("clusters/floods.md", ContentFile.Of($"![A map](/media/{name})", "type: Cluster", "title: Floods", "published: 2024-01-01"));
        await app.ImportAsync();

        Assert.Contains("Floods", await editor.GetPageAsync(page), StringComparison.Ordinal);
        using var refused = await editor.PostFormAsync(page, [], $"{page}?handler=Delete");
        await MediaForms.AssertRefusedAsync(refused, HttpStatusCode.BadRequest, MediaMessages.InUse(1));
        Assert.Single(await MediaForms.RowsAsync(app));
        Assert.Single(MediaForms.StoredFiles(app));

        app.WriteContent("clusters/floods.md", ContentFile.Of("No map any more.", "type: Cluster", "title: Floods", "published: 2024-01-01"));
        await app.ImportAsync();
        Assert.Contains("an older version", await editor.GetPageAsync(page), StringComparison.Ordinal);
        using var deleted = await editor.PostFormAsync(page, [], $"{page}?handler=Delete");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Empty(await MediaForms.RowsAsync(app));
        Assert.Empty(MediaForms.StoredFiles(app));
        Assert.Equal(name, Assert.Single(await MediaForms.AuditAsync(app, "media.delete")).Target);
        Assert.Equal(404, (await app.GetAsync($"/media/{name}")).Status);
    }

    [Theory]
    [InlineData("/media/unknown-abcdefgh.png")]
    [InlineData("/media/..%2Fportal.db")]
    [InlineData("/media/..%5Cportal.db")]
    [InlineData("/media/%2E%2E%2Fportal.db")]
    [InlineData("/media/portal.db")]
    [InlineData("/media/.upload-0.part")]
    public async Task Unknown_names_and_names_that_leave_the_media_folder_answer_404(string path)
    {
        await using var app = await PortalApp.CreateAsync(database);
        File.WriteAllText(Path.Combine(app.DataPath, "secret.txt"), "not for the public");
        Directory.CreateDirectory(MediaForms.MediaFolder(app));
        File.WriteAllText(Path.Combine(MediaForms.MediaFolder(app), ".upload-0.part"), "half an upload");

        var (status, _) = await app.GetAsync(path);

        Assert.Equal(404, status);
        Assert.Equal(404, (await app.GetAsync(path.Replace("portal.db", "secret.txt", StringComparison.Ordinal))).Status);
        Assert.Equal(0, await app.QueryAsync(db => db.Set<MediaFile>().CountAsync()));
    }

    private static async Task<JsonObject> GetJsonAsync(AdminSession session, string path)
    {
        using var response = await session.Client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }
}

public sealed class MediaLibraryTestsOnSqlite() : MediaLibraryTests(SqliteFiles.Instance);

public sealed class MediaLibraryTestsOnPostgreSql(PostgresServer server) : MediaLibraryTests(server);
