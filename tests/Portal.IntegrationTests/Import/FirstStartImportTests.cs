using Microsoft.EntityFrameworkCore;
using Portal.IntegrationTests.Fixtures;

namespace Portal.IntegrationTests.Import;

/// <summary>The import of the content folder that the site runs on its first start, run as the real program.</summary>
public abstract class FirstStartImportTests(IDatabaseSource database)
{
    [Fact]
    public async Task The_first_start_refuses_files_nested_too_deeply_imports_the_others_and_answers()
    {
        await using var portal = await PortalProcess.CreateAsync(database);
        foreach (var (name, body) in ContentFile.NestedTooDeeply)
        {
            portal.WriteContent($"news/{name}.md", ContentFile.Of(body, "type: News", $"title: {name}", "published: 2024-01-01"));
        }

        portal.WriteContent("clusters/floods.md", ContentFile.Cluster("Floods"));
        portal.WriteContent("clusters/heat.md", ContentFile.Cluster("Heat"));

        await using var site = portal.StartSite();
        await site.WaitForHealthAsync();

        Assert.Equal(["floods", "heat"], await portal.QueryAsync(db => db.ContentItems.OrderBy(x => x.ContentId).Select(x => x.ContentId).ToListAsync()));
        Assert.All(ContentFile.NestedTooDeeply.Keys, name => Assert.Contains($"news/{name}.md:6: markdown-depth: ", site.Output, StringComparison.Ordinal));
    }
}

public sealed class FirstStartImportTestsOnSqlite() : FirstStartImportTests(SqliteFiles.Instance);

public sealed class FirstStartImportTestsOnPostgreSql(PostgresServer server) : FirstStartImportTests(server);
