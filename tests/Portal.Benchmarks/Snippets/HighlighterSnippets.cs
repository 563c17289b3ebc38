using System.Net;
using Lucene.Net.Search.Highlight;
using Portal.Search.Indexing;
using Portal.Search.Querying;

namespace Portal.Benchmarks.Snippets;

/// <summary>
/// Lucene.Net.Highlighter's <see cref="Highlighter"/>: the body analysed again at each hit, scored
/// against the query (<see cref="QueryScorer"/>), in fragments of <see cref="SnippetWriter.Length"/>
/// characters that keep a phrase whole (<see cref="SimpleSpanFragmenter"/>). No index of its own.
/// </summary>
public sealed class HighlighterSnippets(CultureAnalyzers analyzers) : ISnippetCandidate
{
    private IReadOnlyList<SnippetInput> inputs = [];

    public string Name => "Highlighter + SimpleSpanFragmenter";

    public long? IndexBytes => null;

    public void Prepare(IReadOnlyList<SnippetInput> inputs) => this.inputs = inputs;

    public string Write(int index)
    {
        var input = inputs[index];
        var field = SearchFields.BodyIn(input.Culture);
        var scorer = new QueryScorer(input.Query, field);
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, SnippetWriter.Length),
        };
        using var stream = analyzers.For(input.Culture).GetTokenStream(field, input.Text);
        return highlighter.GetBestFragment(stream, input.Text)
            ?? WebUtility.HtmlEncode(input.Text[..Math.Min(input.Text.Length, SnippetWriter.Length)]);
    }

    public void Dispose()
    {
    }
}
