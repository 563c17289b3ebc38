using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Portal.Search.Indexing;

namespace Portal.Tests.Search;

public sealed class PositionalReadDirectoryTests : IDisposable
{
    private readonly DirectoryInfo folder = System.IO.Directory.CreateTempSubdirectory("portal-pread-");

    [Fact]
    public void Index_written_in_compound_files_reads_back_every_document_and_term()
    {
        using var directory = new PositionalReadDirectory(folder);
        using (var analyzers = new CultureAnalyzers())
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(CultureAnalyzers.Version, analyzers.PerField) { UseCompoundFile = true }))
        {
            for (var i = 0; i < 3000; i++)
            {
                writer.AddDocument(new Document
                {
                    new StringField(SearchFields.Id, $"item-{i}", Field.Store.YES),
                    new TextField(SearchFields.BodyIn("en"), i % 3 == 0 ? $"flood defences number {i}" : $"heat plan number {i}", Field.Store.YES),
                });
            }

            writer.Commit();
        }

        Assert.Contains(directory.ListAll(), name => name.EndsWith(".cfs", StringComparison.Ordinal));
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        Assert.Equal(1000, searcher.Search(new TermQuery(new Term(SearchFields.BodyIn("en"), "flood")), 1).TotalHits);
        Assert.Equal("heat plan number 2999", searcher.Doc(2999).Get(SearchFields.BodyIn("en"), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Clones_read_at_their_own_position_and_reading_past_the_end_fails()
    {
        using var directory = new PositionalReadDirectory(folder);
        using (var output = directory.CreateOutput("bytes", IOContext.DEFAULT))
        {
            for (var i = 0; i < 5000; i++)
            {
                output.WriteByte((byte)(i % 251));
            }
        }

        using var input = directory.OpenInput("bytes", IOContext.DEFAULT);
        var clone = (IndexInput)input.Clone();
        input.Seek(4000);
        clone.Seek(10);

        Assert.Equal((byte)(4000 % 251), input.ReadByte());
        Assert.Equal((byte)10, clone.ReadByte());
        Assert.Equal(5000, input.Length);
        input.Seek(4999);
        input.ReadByte();
        Assert.ThrowsAny<IOException>(() => input.ReadByte());
    }

    public void Dispose() => folder.Delete(recursive: true);
}
