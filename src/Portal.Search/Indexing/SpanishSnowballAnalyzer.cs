using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Portal.Search.Indexing;

/// <summary>
/// Spanish as <see cref="SpanishAnalyzer"/> reads it (its tokenizer and stop words) but stemmed by
/// the Snowball Spanish stemmer instead of the light one: on XQuAD it finds more questions' paragraph
/// first (docs/decisions/0009).
/// </summary>
internal sealed class SpanishSnowballAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(CultureAnalyzers.Version, reader);
        TokenStream stream = new StandardFilter(CultureAnalyzers.Version, source);
        stream = new LowerCaseFilter(CultureAnalyzers.Version, stream);
        stream = new StopFilter(CultureAnalyzers.Version, stream, SpanishAnalyzer.DefaultStopSet);
        return new TokenStreamComponents(source, new SnowballFilter(stream, new SpanishStemmer()));
    }
}
