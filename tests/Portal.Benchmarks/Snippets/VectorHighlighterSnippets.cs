using ICU4N.Text;
using Lucene.Net.Documents;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Search.VectorHighlight;
using Portal.Search.Indexing;
using Portal.Search.Querying;

namespace Portal.Benchmarks.Snippets;

/// <summary>
/// Lucene.Net.Highlighter's <see cref="FastVectorHighlighter"/>: no analysis at the hit, but term
/// vectors with positions and offsets in the index; fragments of <see cref="SnippetWriter.Length"/>
/// characters, their ends moved to a boundary by a scanner: Lucene's simple one (spaces and
/// punctuation), or ICU's sentence break iterator (Lucene.Net.ICU) when <paramref name="sentences"/>.
/// </summary>
public sealed class VectorHighlighterSnippets(CultureAnalyzers analyzers, bool sentences) : ISnippetCandidate
{
    private static readonly string[] Pre = ["<mark>"], Post = ["</mark>"];
    private readonly FastVectorHighlighter highlighter = new(phraseHighlight: true, fieldMatch: true);
    private IReadOnlyList<SnippetInput> inputs = [];
    private CandidateIndex? index;

    public string Name => sentences ? "FastVectorHighlighter + ICU sentences" : "FastVectorHighlighter";

    public long? IndexBytes => index?.Bytes;

    public void Prepare(IReadOnlyList<SnippetInput> inputs)
    {
        this.inputs = inputs;
        var type = new FieldType(TextField.TYPE_STORED) { StoreTermVectors = true, StoreTermVectorPositions = true, StoreTermVectorOffsets = true };
        type.Freeze();
        index = new CandidateIndex(analyzers, inputs, type);
    }

    public string Write(int index)
    {
        var input = inputs[index];
        var reader = this.index!.Reader;
        IBoundaryScanner scanner = sentences
            ? new BreakIteratorBoundaryScanner(BreakIterator.GetSentenceInstance(new System.Globalization.CultureInfo(input.Culture)))
            : new SimpleBoundaryScanner();
        var fragment = highlighter.GetBestFragment(highlighter.GetFieldQuery(input.Query, reader), reader, index, SearchFields.BodyIn(input.Culture),
            SnippetWriter.Length, new SimpleFragListBuilder(), new ScoreOrderFragmentsBuilder(Pre, Post, scanner), Pre, Post, new SimpleHTMLEncoder());
        return fragment ?? System.Net.WebUtility.HtmlEncode(input.Text[..Math.Min(input.Text.Length, SnippetWriter.Length)]);
    }

    public void Dispose() => index?.Dispose();
}
