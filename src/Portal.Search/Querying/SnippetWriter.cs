using System.Net;
using System.Text;
using Lucene.Net.Analysis.TokenAttributes;
using Portal.Search.Indexing;

namespace Portal.Search.Querying;

/// <summary>
/// The best fragment of a text for a query, HTML-encoded, with the words found in <c>&lt;mark&gt;</c>.
/// The text is analysed as it was indexed (stems, CJK bigrams, Arabic normalisation), so what is
/// marked is what matched; the window with the most distinct matches wins.
/// </summary>
public sealed class SnippetWriter(CultureAnalyzers analyzers)
{
    public const int Length = 200;
    private const int MaxMatches = 64;

    public string Write(string text, string culture, QueryTerms terms)
    {
        var matches = Find(text, culture, terms);
        if (matches.Count == 0)
        {
            return Encode(text, 0, Math.Min(text.Length, Length), []);
        }

        var (start, end) = BestWindow(text, matches);
        return Encode(text, start, end, matches);
    }

    private List<(int Start, int End, string Term)> Find(string text, string culture, QueryTerms terms)
    {
        var matches = new List<(int, int, string)>();
        if (terms.CountIn(culture) == 0 && terms.Prefixes.Count == 0)
        {
            return matches;
        }

        using var stream = analyzers.For(culture).GetTokenStream(SearchFields.BodyIn(culture), text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken() && matches.Count < MaxMatches)
        {
            var value = term.ToString();
            if (terms.Matches(culture, value, text.AsSpan(offset.StartOffset, offset.EndOffset - offset.StartOffset)))
            {
                matches.Add((offset.StartOffset, offset.EndOffset, value));
            }
        }

        stream.End();
        return matches;
    }

    private static (int Start, int End) BestWindow(string text, List<(int Start, int End, string Term)> matches)
    {
        var best = (Start: matches[0].Start, Score: 0);
        for (var i = 0; i < matches.Count; i++)
        {
            var score = matches.Skip(i).TakeWhile(m => m.End <= matches[i].Start + Length).Select(m => m.Term).Distinct().Count();
            if (score > best.Score)
            {
                best = (matches[i].Start, score);
            }
        }

        var start = Math.Max(0, best.Start - 40);
        var space = text.LastIndexOf(' ', start);
        start = start > 0 && space >= 0 && start - space < 20 ? space + 1 : start;
        return (start, Math.Min(text.Length, start + Length));
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
            html.Append(WebUtility.HtmlEncode(text[position..matchStart]));
            html.Append("<mark>").Append(WebUtility.HtmlEncode(text[matchStart..matchEnd])).Append("</mark>");
            position = matchEnd;
        }

        html.Append(WebUtility.HtmlEncode(text[position..end]));
        if (end < text.Length)
        {
            html.Append('…');
        }

        return html.ToString();
    }

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
