using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Portal.Search.Indexing;

namespace Portal.Benchmarks.Search;

/// <summary>
/// The limit the portal's search is held against: what Lucene itself does with the same words on the
/// same index, with nothing of the portal's around it. The words, analysed as the asked culture's body
/// field is, become one <see cref="BooleanQuery"/> of SHOULD term queries on that field (a quoted
/// phrase, a <see cref="PhraseQuery"/>); top 10; no filter, no facets, no stored fields, no snippets.
/// </summary>
public sealed class BareLuceneSearch(SearchIndex index, CultureAnalyzers analyzers)
{
    /// <summary>Runs one query and returns how many documents it matched.</summary>
    public int Run(BenchmarkQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var field = SearchFields.BodyIn(query.Culture);
        var words = new BooleanQuery();
        // A quoted phrase is asked of Lucene as a phrase, as of SQLite FTS5: finding the words apart is less work than the search does.
        var phrase = new PhraseQuery();
        var position = -1;
        foreach (var word in query.Words)
        {
            using var stream = analyzers.For(query.Culture).GetTokenStream(field, word);
            var term = stream.AddAttribute<ICharTermAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                position += increment.PositionIncrement;
                words.Add(new TermQuery(new Term(field, term.ToString())), Occur.SHOULD);
                phrase.Add(new Term(field, term.ToString()), position);
            }

            stream.End();
        }

        Query asked = query.IsPhrase && phrase.GetTerms().Length > 1 ? phrase : words;
        return index.Search(searcher => searcher.Search(asked, 10).TotalHits);
    }
}
