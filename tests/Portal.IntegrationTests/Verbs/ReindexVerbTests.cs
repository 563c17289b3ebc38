using Lucene.Net.Index;
using Portal.IntegrationTests.Fixtures;
using Portal.Search.Indexing;

namespace Portal.IntegrationTests.Verbs;

/// <summary><c>reindex</c> run as an operator runs it, between stops of the site.</summary>
public abstract class ReindexVerbTests(IDatabaseSource database)
{
    [Fact]
    public async Task A_reindex_that_fails_part_way_exits_1_and_leaves_the_index_as_it_was()
    {
        await using var portal = await PortalProcess.CreateAsync(database);
        portal.WriteContent("clusters/quetzal-forests.md", ContentFile.Cluster("Quetzal forests"));
        portal.WriteContent("clusters/quetzal-rivers.md", ContentFile.Cluster("Quetzal rivers"));
        Assert.Equal(0, (await portal.RunAsync(["import"])).ExitCode);
        var rebuilt = await portal.RunAsync(["reindex"]);
        Assert.True(rebuilt.ExitCode == 0, rebuilt.ToString());
        Assert.Contains("Search index rebuilt: 2 items.", rebuilt.Output, StringComparison.Ordinal);

        await portal.QueryAsync(db => SourceFaults.BreakFieldsAsync(db, "quetzal-rivers"));
        var failed = await portal.RunAsync(["reindex"]);

        Assert.True(failed.ExitCode == 1, failed.ToString());
        Assert.Contains("left as it was", failed.Error, StringComparison.Ordinal);
        Assert.Equal(2, DocumentsIn(Path.Combine(portal.DataPath, "search-index")));
    }

    private static int DocumentsIn(string index)
    {
        using var directory = new PositionalReadDirectory(new DirectoryInfo(index));
        using var reader = DirectoryReader.Open(directory);
        return reader.NumDocs;
    }
}

public sealed class ReindexVerbTestsOnSqlite() : ReindexVerbTests(SqliteFiles.Instance);

public sealed class ReindexVerbTestsOnPostgreSql(PostgresServer server) : ReindexVerbTests(server);
