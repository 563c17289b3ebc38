using System.Globalization;

namespace Portal.Search.Querying;

/// <summary>
/// Where a snippet may begin and end in the indexed text: sentences (a line is a block of its own, see
/// <see cref="Indexing.SearchDocumentBuilder"/>), and between words where a sentence is too long to show whole.
/// Han, kana and Thai text has no spaces: there any character boundary is one between words.
/// </summary>
internal static class TextBoundaries
{
    /// <summary>The sentences that begin before <paramref name="limit"/>, each without its surrounding spaces.</summary>
    public static List<(int Start, int End)> Sentences(string text, int limit)
    {
        var sentences = new List<(int, int)>();
        var start = SkipSpaces(text, 0);
        var i = start;
        while (start < text.Length && start < limit)
        {
            if (i >= text.Length || text[i] == '\n')
            {
                Add(sentences, text, start, i);
                start = i = SkipSpaces(text, i);
                continue;
            }

            if (IsTerminator(text[i]))
            {
                var end = i + 1;
                while (end < text.Length && IsCloser(text[end]))
                {
                    end++;
                }

                if (end >= text.Length || char.IsWhiteSpace(text[end]) || IsFullWidthTerminator(text[i]))
                {
                    Add(sentences, text, start, end);
                    start = i = SkipSpaces(text, end);
                    continue;
                }
            }

            i++;
        }

        return sentences;
    }

    /// <summary>The last boundary between words from <paramref name="position"/> back to <paramref name="floor"/>; <paramref name="position"/> itself where there is none.</summary>
    public static int WordEndAtOrBefore(string text, int position, int floor)
    {
        for (var p = position; p >= floor; p--)
        {
            if (IsWordBoundary(text, p))
            {
                return TrimEnd(text, p, floor);
            }
        }

        return SafeCut(text, position);
    }

    /// <summary>The first character of the word at or after <paramref name="position"/>, no further than <paramref name="ceiling"/>; <paramref name="position"/> itself where there is none.</summary>
    public static int WordStartAtOrAfter(string text, int position, int ceiling)
    {
        for (var p = position; p <= ceiling; p++)
        {
            if (IsWordBoundary(text, p))
            {
                return SkipSpaces(text, p);
            }
        }

        return SafeCut(text, position);
    }

    private static bool IsWordBoundary(string text, int p) =>
        p <= 0 || p >= text.Length
        || (char.IsWhiteSpace(text[p - 1]) != char.IsWhiteSpace(text[p]))
        || (!char.IsLowSurrogate(text[p]) && (IsUnspaced(text[p - 1]) || IsUnspaced(text[p])))
        // Two characters beyond the first plane side by side: mostly Han (extension B on) and emoji.
        || (char.IsHighSurrogate(text[p]) && char.IsLowSurrogate(text[p - 1]));

    private static int TrimEnd(string text, int end, int floor)
    {
        while (end > floor && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    private static int SafeCut(string text, int p) => p > 0 && p < text.Length && char.IsLowSurrogate(text[p]) ? p - 1 : p;

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static void Add(List<(int, int)> sentences, string text, int start, int end)
    {
        end = TrimEnd(text, end, start);
        if (end > start)
        {
            sentences.Add((start, end));
        }
    }

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '…' or '؟' or '۔' || IsFullWidthTerminator(c);

    private static bool IsFullWidthTerminator(char c) => c is '。' or '！' or '？' or '．';

    private static bool IsCloser(char c) => c is '"' or '\'' or ')' or ']' or '”' or '’' or '»' or '」' or '』' or '）';

    /// <summary>Scripts written without spaces between words: Han, kana, Thai, Lao, Khmer, Myanmar.</summary>
    private static bool IsUnspaced(char c) => c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF')
        or (>= '\uF900' and <= '\uFAFF') or (>= '\u0E00' and <= '\u0EFF') or (>= '\u1780' and <= '\u17FF') or (>= '\u1000' and <= '\u109F')
        || (c is (>= '\u3000' and <= '\u303F') or (>= '\uFF00' and <= '\uFF65') && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.SpaceSeparator);
}
