using Microsoft.EntityFrameworkCore;
using Portal.Content.Model;
using Portal.IntegrationTests.Fixtures;

namespace Portal.IntegrationTests.Import;

/// <summary>The import of the content folder that the site runs on its first start, run as the real program.</summary>
public abstract class FirstStartImportTests(IDatabaseSource database)
{
    [Fact]
    public async Task The_first_start_refuses_files_nested_too_deeply_imports_the_others_and_answers()
    {
        await using var portal = await PortalProcess.CreateAsync(database);
        foreach (var (path, text) in ContentFile.NestedTooDeeplyBesideGoodFiles())
        {
            portal.WriteContent(path, text);
        }

        await using var site = portal.StartSite();
        await site.WaitForHealthAsync();

        Assert.Equal(["floods", "heat"], await portal.QueryAsync(db => db.ContentItems.OrderBy(x => x.ContentId).Select(x => x.ContentId).ToListAsync()));
        Assert.All(ContentFile.NestedTooDeeply.Keys, name => Assert.Contains($"news/{name}.md:6: markdown-depth: ", site.Output, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_first_start_killed_after_its_first_batch_is_resumed_by_the_next_start()
    {
        // Batches are of 500 files: the kill lands after the first and well before the last.
        const int Files = 4000;
        await using var portal = await PortalProcess.CreateAsync(database);
        for (var i = 0; i < Files; i++)
        {
            portal.WriteContent($"clusters/topic-{i:D4}.md", ContentFile.Cluster($"Topic {i}"));
        }

        await using (var first = portal.StartSite())
        {
            var saved = 0;
            while (saved == 0)
            {
                Assert.False(first.HasExited, $"the first start ended before its first batch:\n{first.Output}");
                await Task.Delay(20, TestContext.Current.CancellationToken);
                saved = await CountItemsAsync(portal);
            }

            await first.KillAsync();
        }

        var left = await CountItemsAsync(portal);
        Assert.True(left < Files, $"the first start imported all {Files} files before it was killed: nothing was interrupted");

        await using var second = portal.StartSite();
        await second.WaitForHealthAsync();

        Assert.Equal(Files, await CountItemsAsync(portal));
        Assert.Equal(Files, await portal.QueryAsync(db => db.ContentVersions.CountAsync()));
        Assert.Contains("did not finish", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_store_filled_before_the_first_import_was_recorded_is_not_imported_again()
    {
        var app = await PortalApp.CreateAsync(database);
        app.WriteContent("clusters/floods.md", ContentFile.Cluster("Floods"));
        await app.ImportAsync();
        await app.QueryAsync(db => db.Set<FirstImport>().ExecuteDeleteAsync());
        app.WriteContent("clusters/floods.md", ContentFile.Cluster("Floods, changed while stopped"));
        app.WriteContent("clusters/heat.md", ContentFile.Cluster("Heat"));

        await using var restarted = await app.RestartAsync();

        Assert.Equal("Floods", (string)(await restarted.GetJsonAsync("/api/content/floods"))["title"]!);
        Assert.Equal(404, (await restarted.GetAsync("/api/content/heat")).Status);
        Assert.NotNull(await restarted.QueryAsync(db => db.Set<FirstImport>().Select(x => x.FinishedUtc).SingleAsync()));
    }

    /// <summary>The items saved so far; none while the schema is not there yet.</summary>
    private static async Task<int> CountItemsAsync(PortalProcess portal)
    {
        try
        {
            return await portal.QueryAsync(db => db.ContentItems.CountAsync());
        }
        catch (System.Data.Common.DbException)
        {
            return 0;
        }
    }
}

public sealed class FirstStartImportTestsOnSqlite() : FirstStartImportTests(SqliteFiles.Instance);

public sealed class FirstStartImportTestsOnPostgreSql(PostgresServer server) : FirstStartImportTests(server);
