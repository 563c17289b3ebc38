using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Ru;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Portal.Search.Indexing;

/// <summary>
/// One analyzer per culture: English stems and drops stop words, Chinese is cut into CJK bigrams,
/// Arabic is normalised (diacritics, letter forms) and light-stemmed, Spanish Snowball-stemmed;
/// French and Russian use theirs. A text field named <c>title_zh</c> is analysed as Chinese.
/// Each choice was measured on XQuAD (docs/decisions/0009).
/// </summary>
public sealed class CultureAnalyzers : IDisposable
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly Dictionary<string, Analyzer> byCulture = new(StringComparer.Ordinal)
    {
        ["en"] = new EnglishAnalyzer(Version),
        ["zh"] = new CJKAnalyzer(Version),
        ["ar"] = new ArabicAnalyzer(Version),
        ["fr"] = new FrenchAnalyzer(Version),
        ["es"] = new SpanishSnowballAnalyzer(),
        ["ru"] = new RussianAnalyzer(Version),
    };

    private readonly Analyzer fallback = new StandardAnalyzer(Version);

    /// <summary>Cultures whose text runs its words together: one typed word may be several.</summary>
    private static readonly HashSet<string> WithoutSpaces = new(StringComparer.Ordinal) { "zh" };

    public CultureAnalyzers()
    {
        var perField = new Dictionary<string, Analyzer>(StringComparer.Ordinal);
        foreach (var (culture, analyzer) in byCulture)
        {
            perField[SearchFields.TitleIn(culture)] = analyzer;
            perField[SearchFields.SummaryIn(culture)] = analyzer;
            perField[SearchFields.BodyIn(culture)] = analyzer;
        }

        PerField = new FieldAnalyzer(fallback, perField);
    }

    public IReadOnlyCollection<string> Cultures => byCulture.Keys;

    public Analyzer PerField { get; }

    public static bool WritesWithoutSpaces(string culture) => WithoutSpaces.Contains(culture);

    public Analyzer For(string culture) => byCulture.GetValueOrDefault(culture, fallback);

    /// <summary>
    /// The analyzer of each field, with a gap between the values of one field (a body's title, summary
    /// and text), so that no phrase is found across the end of one and the start of the next.
    /// </summary>
    private sealed class FieldAnalyzer(Analyzer fallback, Dictionary<string, Analyzer> byField) : AnalyzerWrapper(PER_FIELD_REUSE_STRATEGY)
    {
        public override int GetPositionIncrementGap(string fieldName) => 100;

        protected override Analyzer GetWrappedAnalyzer(string fieldName) => byField.GetValueOrDefault(fieldName, fallback);
    }

    public void Dispose()
    {
        PerField.Dispose();
        foreach (var analyzer in byCulture.Values)
        {
            analyzer.Dispose();
        }

        fallback.Dispose();
    }
}
