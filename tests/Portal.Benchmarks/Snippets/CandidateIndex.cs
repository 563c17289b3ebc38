using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Portal.Search.Indexing;

namespace Portal.Benchmarks.Snippets;

/// <summary>
/// An index in memory with one document per hit, its body in the culture's body field indexed as a
/// highlighter needs it (term vectors, or offsets in the postings), beside the index the portal keeps.
/// </summary>
public sealed class CandidateIndex : IDisposable
{
    private readonly RAMDirectory directory = new();

    public CandidateIndex(CultureAnalyzers analyzers, IReadOnlyList<SnippetInput> inputs, FieldType bodyType)
    {
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(CultureAnalyzers.Version, analyzers.PerField)))
        {
            foreach (var input in inputs)
            {
                writer.AddDocument([new Field(SearchFields.BodyIn(input.Culture), input.Text, bodyType)]);
            }

            writer.ForceMerge(1);
        }

        Reader = DirectoryReader.Open(directory);
    }

    public DirectoryReader Reader { get; }

    public long Bytes => directory.GetSizeInBytes();

    /// <summary>The same bodies as the portal indexes them (positions, no vectors, no offsets; the body stored), for the size the others add.</summary>
    public static long PlainBytes(CultureAnalyzers analyzers, IReadOnlyList<SnippetInput> inputs)
    {
        var type = new FieldType(TextField.TYPE_STORED);
        type.Freeze();
        using var plain = new CandidateIndex(analyzers, inputs, type);
        return plain.Bytes;
    }

    public void Dispose()
    {
        Reader.Dispose();
        directory.Dispose();
    }
}
