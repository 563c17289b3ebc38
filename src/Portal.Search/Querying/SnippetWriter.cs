using System.Net;
using System.Text;
using Lucene.Net.Analysis.TokenAttributes;
using Portal.Search.Indexing;

namespace Portal.Search.Querying;

/// <summary>
/// The best fragment of a text for a query, HTML-encoded, with the words found in <c>&lt;mark&gt;</c>.
/// The text is analysed as it was indexed (stems, CJK bigrams, Arabic normalisation), so what is
/// marked is what matched. A fragment is whole sentences where they fit in <see cref="Length"/>
/// (the run of sentences with the most distinct matches wins, the first that holds them all), else the part of one long sentence
/// around its matches, cut between words; blocks of the body (a heading, a list item) are shown
/// apart. Why this and not Lucene's highlighters: decision 0010.
/// </summary>
public sealed class SnippetWriter(CultureAnalyzers analyzers)
{
    public const int Length = 200;
    private const int MaxMatches = 64;

    /// <summary>Past this the text is not analysed: a match that far into a long body shows its beginning instead.</summary>
    private const int MaxAnalysed = 50_000;

    /// <summary>How much of a long sentence is shown before its first match.</summary>
    private const int Lead = 40;

    private const string BlockSeparator = " · ";

    public string Write(string text, string culture, QueryTerms terms)
    {
        var matches = Find(text, culture, terms);
        var sentences = TextBoundaries.Sentences(text, Math.Max(matches.Count == 0 ? 0 : matches[^1].End, Length) + 1);
        var (start, end) = matches.Count == 0 ? Opening(text, sentences) : BestWindow(text, sentences, matches);
        return Encode(text, start, end, matches);
    }

    private List<(int Start, int End, string Term)> Find(string text, string culture, QueryTerms terms)
    {
        var matches = new List<(int, int, string)>();
        if (terms.CountIn(culture) == 0 && terms.Prefixes.Count == 0)
        {
            return matches;
        }

        // Once every word of the query is found, no later fragment can hold more of them: the analysis
        // stops a fragment's length after that match instead of reading the whole body.
        var wanted = terms.Prefixes.Count == 0 ? terms.CountIn(culture) : int.MaxValue;
        var found = new HashSet<string>(StringComparer.Ordinal);
        var stopAt = MaxAnalysed;
        using var stream = analyzers.For(culture).GetTokenStream(SearchFields.BodyIn(culture), text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken() && matches.Count < MaxMatches && offset.StartOffset < stopAt)
        {
            var value = term.ToString();
            if (terms.Matches(culture, value, text.AsSpan(offset.StartOffset, offset.EndOffset - offset.StartOffset)))
            {
                matches.Add((offset.StartOffset, offset.EndOffset, value));
                if (found.Add(value) && found.Count == wanted)
                {
                    stopAt = Math.Min(stopAt, offset.EndOffset + Length);
                }
            }
        }

        stream.End();
        return matches;
    }

    /// <summary>The text's first sentences, or the beginning of the first one cut between words.</summary>
    private static (int Start, int End) Opening(string text, List<(int Start, int End)> sentences)
    {
        if (sentences.Count == 0)
        {
            return (0, 0);
        }

        var start = sentences[0].Start;
        var end = sentences.TakeWhile(s => Shown(text, start, s.End) <= Length).Select(s => s.End).DefaultIfEmpty(-1).Last();
        return (start, end >= 0 ? end : TextBoundaries.WordEndAtOrBefore(text, start + Length, start));
    }

    private static (int Start, int End) BestWindow(string text, List<(int Start, int End)> sentences, List<(int Start, int End, string Term)> matches)
    {
        var best = (Start: 0, End: 0, Distinct: -1, Count: 0);
        void Consider(int start, int end)
        {
            var inside = matches.Where(m => m.Start >= start && m.End <= end).ToList();
            var (distinct, count) = (inside.Select(m => m.Term).Distinct(StringComparer.Ordinal).Count(), inside.Count);
            if (distinct > best.Distinct || (distinct == best.Distinct && count > best.Count))
            {
                best = (start, end, distinct, count);
            }
        }

        for (var i = 0; i < sentences.Count; i++)
        {
            var (start, end) = sentences[i];
            if (end - start > Length)
            {
                // Too long to show whole: the part around each of its matches, cut between words.
                foreach (var match in matches.Where(m => m.Start >= start && m.End <= end))
                {
                    var from = TextBoundaries.WordStartAtOrAfter(text, Math.Max(start, match.Start - Lead), match.Start);
                    Consider(from, TextBoundaries.WordEndAtOrBefore(text, Math.Min(end, from + Length), match.End));
                }

                continue;
            }

            for (var j = i + 1; j < sentences.Count && Shown(text, start, sentences[j].End) <= Length; j++)
            {
                end = sentences[j].End;
            }

            Consider(start, end);
        }

        return best.Distinct > 0 ? (best.Start, best.End) : Opening(text, sentences);
    }

    private static string Encode(string text, int start, int end, List<(int Start, int End, string Term)> matches)
    {
        var html = new StringBuilder();
        if (start > 0)
        {
            html.Append('…');
        }

        var position = start;
        // Bigrams overlap ("海绵", "绵城"): overlapping matches are marked as one run.
        foreach (var (matchStart, matchEnd) in Merge(matches.Where(m => m.Start >= start && m.End <= end)))
        {
            html.Append(Encoded(text, position, matchStart));
            html.Append("<mark>").Append(WebUtility.HtmlEncode(text[matchStart..matchEnd])).Append("</mark>");
            position = matchEnd;
        }

        html.Append(Encoded(text, position, end));
        if (end < text.Length)
        {
            html.Append('…');
        }

        return html.ToString();
    }

    /// <summary>How many characters the text between two points takes on the page, with its line ends shown as separators.</summary>
    private static int Shown(string text, int start, int end) => end - start + ((BlockSeparator.Length - 1) * text.AsSpan(start, end - start).Count('\n'));

    /// <summary>The text between two points, HTML-encoded, each line end (a block's) shown as a separator.</summary>
    private static string Encoded(string text, int start, int end) =>
        WebUtility.HtmlEncode(text[start..end]).Replace("\n", BlockSeparator, StringComparison.Ordinal);

    private static IEnumerable<(int Start, int End)> Merge(IEnumerable<(int Start, int End, string Term)> matches)
    {
        (int Start, int End)? run = null;
        foreach (var (start, end, _) in matches.OrderBy(m => m.Start))
        {
            if (run is { } current && start <= current.End)
            {
                run = (current.Start, Math.Max(current.End, end));
                continue;
            }

            if (run is { } done)
            {
                yield return done;
            }

            run = (start, end);
        }

        if (run is { } last)
        {
            yield return last;
        }
    }
}
