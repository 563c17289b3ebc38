using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Portal.Search.Indexing;

namespace Portal.Search.Querying;

/// <summary>
/// Builds the Lucene query for a <see cref="UserQuery"/>: every word is analysed once per culture
/// and looked for in that culture's fields, title above summary above body; all the words together
/// as a phrase score above the same words scattered; the culture asked for scores above the others.
/// A culture written without spaces (Chinese) has several words in what was typed as one: there,
/// each of its terms is a word of its own, preferred together and any accepted, as in English.
/// </summary>
public sealed class SearchQueryBuilder(CultureAnalyzers analyzers)
{
    /// <summary>Title matches weigh three times a body match, a summary match one and a half.</summary>
    public const float TitleBoost = 3f, SummaryBoost = 1.5f, BodyBoost = 1f;

    /// <summary>All the words in order (a little slop allowed) add twice the weight of the words alone.</summary>
    public const float PhraseBoost = 2f;

    /// <summary>Matches in the culture asked for weigh this much more than matches in other cultures.</summary>
    public const float PreferredCultureBoost = 2f;

    public (Query Query, QueryTerms Terms) Build(UserQuery query, string preferredCulture)
    {
        var terms = new QueryTerms();
        var root = new BooleanQuery();
        var anyOf = new BooleanQuery();
        foreach (var word in query.Words)
        {
            if (Text(word, slop: 0, preferredCulture, terms, asWords: true) is { } clause)
            {
                anyOf.Add(clause, Occur.SHOULD);
            }
        }

        if (query.Words.Count > 1 && Text(string.Join(' ', query.Words), slop: 2, preferredCulture, terms: null) is { } together)
        {
            together.Boost = PhraseBoost;
            anyOf.Add(together, Occur.SHOULD);
        }

        foreach (var prefix in query.Prefixes)
        {
            anyOf.Add(Prefix(prefix), Occur.SHOULD);
            terms.Prefixes.Add(prefix);
        }

        if (anyOf.Clauses.Count > 0)
        {
            root.Add(anyOf, Occur.MUST);
        }

        foreach (var phrase in query.Phrases)
        {
            // A phrase of stop words only finds nothing to look for; it then narrows nothing.
            if (Text(phrase, slop: 0, preferredCulture, terms) is { } clause)
            {
                root.Add(clause, Occur.MUST);
            }
        }

        if (root.Clauses.Count == 0)
        {
            root.Add(new MatchAllDocsQuery(), Occur.MUST);
        }

        foreach (var excluded in query.Excluded)
        {
            if (Text(excluded, slop: 0, preferredCulture, terms: null) is { } clause)
            {
                root.Add(clause, Occur.MUST_NOT);
            }
        }

        return (root, terms);
    }

    /// <summary>
    /// The text in every culture's fields: one term, or the analysed terms as a phrase (several words,
    /// a hyphenated word); with <paramref name="asWords"/>, in a culture written without spaces, the
    /// terms as words of their own with their phrase as a boost.
    /// </summary>
    private DisjunctionMaxQuery? Text(string text, int slop, string preferredCulture, QueryTerms? terms, bool asWords = false)
    {
        var any = new DisjunctionMaxQuery(0.1f);
        foreach (var culture in analyzers.Cultures)
        {
            var tokens = Analyze(culture, text);
            if (tokens.Count == 0)
            {
                continue;
            }

            foreach (var (term, _) in tokens)
            {
                terms?.Add(culture, term);
            }

            var weight = culture == preferredCulture ? PreferredCultureBoost : 1f;
            if (asWords && tokens.Count > 1 && CultureAnalyzers.WritesWithoutSpaces(culture))
            {
                any.Add(Words(culture, tokens, weight));
            }
            else
            {
                AddFields(any, culture, tokens, slop, weight);
            }
        }

        return any.Disjuncts.Count == 0 ? null : any;
    }

    /// <summary>Each term accepted alone, all of them together (slop 2) weighing <see cref="PhraseBoost"/> more: what several typed words get.</summary>
    private static BooleanQuery Words(string culture, List<(string Term, int Position)> tokens, float weight)
    {
        var words = new BooleanQuery();
        foreach (var token in tokens)
        {
            var one = new DisjunctionMaxQuery(0.1f);
            AddFields(one, culture, [(token.Term, 0)], slop: 0, weight);
            words.Add(one, Occur.SHOULD);
        }

        var together = new DisjunctionMaxQuery(0.1f) { Boost = PhraseBoost };
        AddFields(together, culture, tokens, slop: 2, weight);
        words.Add(together, Occur.SHOULD);
        return words;
    }

    private static void AddFields(DisjunctionMaxQuery any, string culture, List<(string Term, int Position)> tokens, int slop, float weight)
    {
        any.Add(Field(SearchFields.TitleIn(culture), tokens, slop, TitleBoost * weight));
        any.Add(Field(SearchFields.SummaryIn(culture), tokens, slop, SummaryBoost * weight));
        any.Add(Field(SearchFields.BodyIn(culture), tokens, slop, BodyBoost * weight));
    }

    /// <summary>A prefix is looked for in the unstemmed words of titles and summaries: "insura" is not a prefix of the stem "insur".</summary>
    private static PrefixQuery Prefix(string prefix) => new(new Term(SearchFields.Words, prefix)) { Boost = TitleBoost };

    private static Query Field(string field, List<(string Term, int Position)> tokens, int slop, float boost)
    {
        if (tokens.Count == 1)
        {
            return new TermQuery(new Term(field, tokens[0].Term)) { Boost = boost };
        }

        var phrase = new PhraseQuery { Slop = slop, Boost = boost };
        foreach (var (term, position) in tokens)
        {
            phrase.Add(new Term(field, term), position);
        }

        return phrase;
    }

    internal List<(string Term, int Position)> Analyze(string culture, string text)
    {
        var tokens = new List<(string, int)>();
        using var stream = analyzers.For(culture).GetTokenStream(SearchFields.BodyIn(culture), text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add((term.ToString(), position));
        }

        stream.End();
        return tokens;
    }
}
