using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Portal.Search.Querying;

namespace Portal.Benchmarks.Snippets;

/// <summary>
/// What a reader would hold against a snippet, judged on its HTML and the text it came from: markup
/// not encoded, longer than <see cref="SnippetWriter.Length"/>, two blocks run together (a line end
/// shows as a space), a word cut at either end, or text that is not a part of the body at all.
/// </summary>
public static partial class SnippetQuality
{
    public static List<string> Problems(string snippet, string text)
    {
        var problems = new List<string>();
        var withoutMarks = snippet.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal);
        if (RawMarkup().IsMatch(withoutMarks))
        {
            problems.Add("not encoded");
        }

        var visible = Visible(snippet);
        if (visible.Length > SnippetWriter.Length)
        {
            problems.Add("too long");
        }

        if (visible.Contains('\n', StringComparison.Ordinal))
        {
            problems.Add("blocks run together");
        }

        var located = visible.Replace(" · ", "\n", StringComparison.Ordinal);
        var at = text.IndexOf(located, StringComparison.Ordinal);
        if (at < 0)
        {
            problems.Add("not a part of the text");
            return problems;
        }

        if (CutsWord(text, at) || CutsWord(text, at + located.Length))
        {
            problems.Add("word cut");
        }

        return problems;
    }

    /// <summary>Whether the visible text begins where a sentence or block of the body begins.</summary>
    public static bool BeginsSentence(string snippet, string text)
    {
        var visible = Visible(snippet);
        var at = text.IndexOf(visible.Replace(" · ", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        var before = at - 1;
        while (before >= 0 && text[before] == ' ')
        {
            before--;
        }

        return at >= 0 && (before < 0 || text[before] is '\n' or '.' or '!' or '?' or '。' or '！' or '？' or '؟');
    }

    /// <summary>Whether the word is inside a mark: marks side by side read as one, and two words found side by side may share one.</summary>
    public static bool Marks(string snippet, string word) =>
        MarkRun().Matches(WebUtility.HtmlDecode(snippet.Replace("</mark><mark>", "", StringComparison.Ordinal)))
            .Any(run => run.Groups[1].Value.Contains(word, StringComparison.Ordinal));

    /// <summary>The text a reader sees, without the ellipses that say more text is left out.</summary>
    public static string Visible(string snippet) =>
        WebUtility.HtmlDecode(snippet.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal))
            .Trim().Trim('…').Trim().TrimEnd('.').Trim();

    private static bool CutsWord(string text, int p) =>
        p > 0 && p < text.Length && IsWordPart(text[p - 1]) && IsWordPart(text[p]) && !IsHan(text[p - 1]) && !IsHan(text[p]);

    private static bool IsWordPart(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsHan(char c) => c is >= '\u3040' and <= '\u9FFF';

    [GeneratedRegex("<mark>(.*?)</mark>")]
    private static partial Regex MarkRun();

    [GeneratedRegex("<|>|&(?![a-zA-Z]+;|#[0-9]+;|#x[0-9a-fA-F]+;)")]
    private static partial Regex RawMarkup();
}
