using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Content.Model;
using Portal.Content.Publishing;
using Portal.IntegrationTests.Fixtures;

namespace Portal.IntegrationTests.Publishing;

/// <summary>Editing through <see cref="ContentOperations"/>, as the admin will: a draft is private until it is published.</summary>
public abstract class ContentOperationsTests(IDatabaseSource database)
{
    [Fact]
    public async Task A_new_version_saved_without_publishing_keeps_the_old_version_public()
    {
        await using var app = await PortalApp.CreateAsync(database);
        app.WriteContent("clusters/floods.md", ContentFile.Cluster("Floods"));
        await app.ImportAsync();

        await EditAsync(app, publish: false);

        var item = await app.GetJsonAsync("/api/content/floods");
        Assert.Equal("Floods", (string)item["title"]!);
        Assert.Contains("Body text", (string)item["html"]!, StringComparison.Ordinal);
        Assert.Equal(2, await app.VersionCountAsync("floods"));
        var stored = await app.QueryAsync(db => db.ContentItems.SingleAsync(x => x.ContentId == "floods"));
        Assert.Equal((2, 1, ContentStatus.Published), (stored.LatestVersion, stored.PublishedVersion, stored.Status));
    }

    [Fact]
    public async Task Publishing_the_new_version_makes_it_the_public_one()
    {
        await using var app = await PortalApp.CreateAsync(database);
        app.WriteContent("clusters/floods.md", ContentFile.Cluster("Floods"));
        await app.ImportAsync();

        await EditAsync(app, publish: true);

        var item = await app.GetJsonAsync("/api/content/floods");
        Assert.Equal("Floods, revised", (string)item["title"]!);
        Assert.Contains("Revised body", (string)item["html"]!, StringComparison.Ordinal);
        Assert.Equal(["floods"], await app.ListIdsAsync("type=Cluster"));
    }

    /// <summary>Adds a second version of floods, as an editor in the admin would, and publishes it when asked.</summary>
    private static async Task EditAsync(PortalApp app, bool publish)
    {
        using var scope = app.Services.CreateScope();
        var operations = scope.ServiceProvider.GetRequiredService<ContentOperations>();
        var ct = TestContext.Current.CancellationToken;
        var item = await operations.Db.ContentItems.Include(x => x.Terms).SingleAsync(x => x.ContentId == "floods", ct);
        var current = await operations.Db.ContentVersions.AsNoTracking()
            .SingleAsync(v => v.ContentId == "floods" && v.Number == item.LatestVersion, ct);
        var draft = new ContentDraft(item.Slug, "Floods, revised", current.Summary, "Revised body", current.FieldsJson, current.PublishedUtc);

        var version = operations.AddVersion(item, draft, authorId: null);
        if (publish)
        {
            operations.Publish(item, version);
        }

        await operations.SaveAsync(ct);
    }
}

public sealed class ContentOperationsTestsOnSqlite() : ContentOperationsTests(SqliteFiles.Instance);

public sealed class ContentOperationsTestsOnPostgreSql(PostgresServer server) : ContentOperationsTests(server);
