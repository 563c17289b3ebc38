using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Portal.Search.Indexing;

namespace Portal.Search.Querying;

/// <summary>
/// Builds the Lucene query for a <see cref="UserQuery"/>. Every word is analysed once per culture whose
/// script it can be written in (and in the culture asked for) and found in that culture's body, which
/// begins with the title and the summary; the culture asked for scores above the others. Then the best
/// matches are raised (<see cref="RankedQuery.Boosts"/>): a word in the title weighs three times a body
/// match, in the summary one and a half, and all the words together as a phrase score above the same
/// words scattered. A culture written without spaces (Chinese) has several words in what was typed as
/// one: there, each of its terms is a word of its own, preferred together and any accepted, as in English.
/// </summary>
public sealed class SearchQueryBuilder(CultureAnalyzers analyzers)
{
    /// <summary>Title matches weigh three times a body match, a summary match one and a half.</summary>
    public const float TitleBoost = 3f, SummaryBoost = 1.5f, BodyBoost = 1f;

    /// <summary>All the words in order (a little slop allowed) add twice the weight of the words alone.</summary>
    public const float PhraseBoost = 2f;

    /// <summary>Matches in the culture asked for weigh this much more than matches in other cultures.</summary>
    public const float PreferredCultureBoost = 2f;

    /// <summary>Of the cultures a word matches in, the best counts whole and the others this much.</summary>
    private const float OtherCultures = 0.1f;

    private static readonly (Func<string, string> Field, float Boost)[] Body = [(SearchFields.BodyIn, BodyBoost)];

    private static readonly (Func<string, string> Field, float Boost)[] TitleAndSummary = [(SearchFields.TitleIn, TitleBoost), (SearchFields.SummaryIn, SummaryBoost)];

    private static readonly (Func<string, string> Field, float Boost)[] Everywhere = [.. TitleAndSummary, .. Body];

    public RankedQuery Build(UserQuery query, string preferredCulture)
    {
        ArgumentNullException.ThrowIfNull(query);
        var terms = new QueryTerms();
        var root = new BooleanQuery();
        var anyOf = new BooleanQuery();
        var boosts = new BooleanQuery();
        foreach (var word in query.Words)
        {
            if (Word(word, preferredCulture, terms, boosts) is { } clause)
            {
                anyOf.Add(clause, Occur.SHOULD);
            }
        }

        if (query.Words.Count > 1 && Text(string.Join(' ', query.Words), slop: 2, preferredCulture, Everywhere, terms: null) is { } allWords)
        {
            allWords.Boost = PhraseBoost;
            boosts.Add(allWords, Occur.SHOULD);
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
            if (Text(phrase, slop: 0, preferredCulture, Body, terms) is { } clause)
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
            if (Text(excluded, slop: 0, preferredCulture, Body, terms: null) is { } clause)
            {
                root.Add(clause, Occur.MUST_NOT);
            }
        }

        return new RankedQuery(root, boosts.Clauses.Count == 0 ? null : boosts, terms);
    }

    /// <summary>
    /// One typed word: found in the body of each culture it can be, and raised (in <paramref name="boosts"/>)
    /// where it is in a title or a summary. In a culture written without spaces its terms are words of
    /// their own, any accepted, all of them together raised as a phrase.
    /// </summary>
    private DisjunctionMaxQuery? Word(string word, string preferredCulture, QueryTerms terms, BooleanQuery boosts)
    {
        var matching = new DisjunctionMaxQuery(OtherCultures);
        var raised = new DisjunctionMaxQuery(OtherCultures);
        foreach (var (culture, tokens, weight) in Analyzed(word, preferredCulture))
        {
            foreach (var (term, _) in tokens)
            {
                terms.Add(culture, term);
            }

            if (tokens.Count > 1 && CultureAnalyzers.WritesWithoutSpaces(culture))
            {
                var each = new BooleanQuery();
                var eachRaised = new BooleanQuery();
                foreach (var token in tokens)
                {
                    each.Add(Fields(culture, [(token.Term, 0)], slop: 0, weight, Body), Occur.SHOULD);
                    eachRaised.Add(Fields(culture, [(token.Term, 0)], slop: 0, weight, TitleAndSummary), Occur.SHOULD);
                }

                matching.Add(each);
                raised.Add(eachRaised);
                var together = Fields(culture, tokens, slop: 2, weight, Everywhere);
                together.Boost = PhraseBoost;
                boosts.Add(together, Occur.SHOULD);
            }
            else
            {
                matching.Add(Fields(culture, tokens, slop: 0, weight, Body));
                raised.Add(Fields(culture, tokens, slop: 0, weight, TitleAndSummary));
            }
        }

        if (raised.Disjuncts.Count > 0)
        {
            boosts.Add(raised, Occur.SHOULD);
        }

        return matching.Disjuncts.Count == 0 ? null : matching;
    }

    /// <summary>The text in the given fields of every culture it can be written in: one term, or the analysed terms as a phrase (several words, a hyphenated word).</summary>
    private DisjunctionMaxQuery? Text(string text, int slop, string preferredCulture, (Func<string, string> Field, float Boost)[] fields, QueryTerms? terms)
    {
        var any = new DisjunctionMaxQuery(OtherCultures);
        foreach (var (culture, tokens, weight) in Analyzed(text, preferredCulture))
        {
            foreach (var (term, _) in tokens)
            {
                terms?.Add(culture, term);
            }

            any.Add(Fields(culture, tokens, slop, weight, fields));
        }

        return any.Disjuncts.Count == 0 ? null : any;
    }

    /// <summary>The text analysed in each culture whose script it can be written in, and in the culture asked for, with that culture's weight.</summary>
    private IEnumerable<(string Culture, List<(string Term, int Position)> Tokens, float Weight)> Analyzed(string text, string preferredCulture)
    {
        foreach (var culture in analyzers.Cultures)
        {
            if (culture != preferredCulture && !CultureScripts.CanWrite(culture, text))
            {
                continue;
            }

            var tokens = Analyze(culture, text);
            if (tokens.Count > 0)
            {
                yield return (culture, tokens, culture == preferredCulture ? PreferredCultureBoost : 1f);
            }
        }
    }

    private static DisjunctionMaxQuery Fields(string culture, List<(string Term, int Position)> tokens, int slop, float weight, (Func<string, string> Field, float Boost)[] fields)
    {
        var any = new DisjunctionMaxQuery(OtherCultures);
        foreach (var (field, boost) in fields)
        {
            any.Add(Field(field(culture), tokens, slop, boost * weight));
        }

        return any;
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
