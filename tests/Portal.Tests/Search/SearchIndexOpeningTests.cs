using Lucene.Net.Documents;
using Lucene.Net.Index;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Portal.Content.Configuration;
using Portal.Search.Indexing;

namespace Portal.Tests.Search;

/// <summary>How the index opens: rebuilt when written for an older layout, kept when another writer holds it.</summary>
public sealed class SearchIndexOpeningTests : IDisposable
{
    private readonly DirectoryInfo folder = System.IO.Directory.CreateTempSubdirectory("portal-layout-");

    [Fact]
    public void An_index_of_an_older_layout_opens_empty_and_new_so_that_it_is_rebuilt_from_the_database()
    {
        using (var analyzers = new CultureAnalyzers())
        using (var directory = new PositionalReadDirectory(new DirectoryInfo(Path.Combine(folder.FullName, "search-index"))))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(CultureAnalyzers.Version, analyzers.PerField)))
        {
            writer.AddDocument(new Document { new StringField(SearchFields.Id, "old", Field.Store.YES) });
            writer.SetCommitData(new Dictionary<string, string> { ["portal.cursor"] = "7" });
            writer.Commit();
        }

        using var index = Open(out var analyzersInUse);
        using var _ = analyzersInUse;

        Assert.True(index.IsNew);
        Assert.Equal(0, index.Cursor);
        Assert.Equal(0, index.Search(searcher => searcher.IndexReader.NumDocs));
    }

    [Fact]
    public void An_index_of_this_layout_keeps_its_documents_and_position_when_it_opens_again()
    {
        using (var first = Open(out var analyzers))
        using (analyzers)
        {
            first.Apply([("one|en", new Document { new StringField(SearchFields.Key, "one|en", Field.Store.YES) })], 3);
        }

        using var again = Open(out var analyzersAgain);
        using var _ = analyzersAgain;

        Assert.False(again.IsNew);
        Assert.Equal(3, again.Cursor);
        Assert.Equal(1, again.Search(searcher => searcher.IndexReader.NumDocs));
    }

    [Fact]
    public void An_index_another_writer_holds_is_refused_and_left_with_its_documents()
    {
        using var running = Open(out var analyzers);
        using var _ = analyzers;
        running.Apply([("one|en", new Document { new StringField(SearchFields.Key, "one|en", Field.Store.YES) })], 3);

        Assert.ThrowsAny<Lucene.Net.Store.LockObtainFailedException>(() => Open(out var second));

        Assert.Equal(1, running.Search(searcher => searcher.IndexReader.NumDocs));
        Assert.NotEmpty(System.IO.Directory.GetFiles(Path.Combine(folder.FullName, "search-index"), "segments_*"));
    }

    public void Dispose() => folder.Delete(recursive: true);

    private SearchIndex Open(out CultureAnalyzers analyzers)
    {
        analyzers = new CultureAnalyzers();
        return new SearchIndex(Options.Create(new PortalOptions { DataPath = folder.FullName }), analyzers, NullLogger<SearchIndex>.Instance);
    }
}
