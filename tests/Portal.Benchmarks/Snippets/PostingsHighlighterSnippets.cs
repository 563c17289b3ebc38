using System.Globalization;
using ICU4N.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.PostingsHighlight;
using Portal.Search.Indexing;
using Portal.Search.Querying;

namespace Portal.Benchmarks.Snippets;

/// <summary>
/// Lucene.Net.ICU's <see cref="ICUPostingsHighlighter"/>: offsets kept in the postings, passages that are
/// whole sentences by ICU's break iterator for the hit's culture, the best one passage per hit.
/// </summary>
public sealed class PostingsHighlighterSnippets(CultureAnalyzers analyzers) : ISnippetCandidate
{
    private IReadOnlyList<SnippetInput> inputs = [];
    private CandidateIndex? index;
    private IndexSearcher? searcher;

    public string Name => "PostingsHighlighter (ICU)";

    public long? IndexBytes => index?.Bytes;

    public void Prepare(IReadOnlyList<SnippetInput> inputs)
    {
        this.inputs = inputs;
        var type = new FieldType(TextField.TYPE_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS };
        type.Freeze();
        index = new CandidateIndex(analyzers, inputs, type);
        searcher = new IndexSearcher(index.Reader);
    }

    public string Write(int index)
    {
        var input = inputs[index];
        var highlighter = new MarkingHighlighter(new CultureInfo(input.Culture));
        var top = new TopDocs(1, [new ScoreDoc(index, 1)], 1);
        return highlighter.Highlight(SearchFields.BodyIn(input.Culture), input.Query, searcher!, top, 1)[0]
            ?? System.Net.WebUtility.HtmlEncode(input.Text[..Math.Min(input.Text.Length, SnippetWriter.Length)]);
    }

    public void Dispose() => index?.Dispose();

    private sealed class MarkingHighlighter(CultureInfo culture) : ICUPostingsHighlighter
    {
        protected override PassageFormatter GetFormatter(string field) => new DefaultPassageFormatter("<mark>", "</mark>", "… ", escape: true);

        protected override BreakIterator GetBreakIterator(string field) => BreakIterator.GetSentenceInstance(culture);
    }
}
