namespace Portal.Search.Indexing;

/// <summary>
/// The script each culture is written in, so that a query is analysed only in the cultures its letters
/// can be: Latin words are not looked for in the Chinese, Arabic and Russian fields, where they would
/// cost a term look-up per field and segment and find next to nothing. Text without letters (a year),
/// or with letters of a script no culture here is written in, can be any culture.
/// </summary>
public static class CultureScripts
{
    private enum Script
    {
        Other,
        Latin,
        Han,
        Arabic,
        Cyrillic,
    }

    private static readonly Dictionary<string, Script> ByCulture = new(StringComparer.Ordinal)
    {
        ["en"] = Script.Latin,
        ["fr"] = Script.Latin,
        ["es"] = Script.Latin,
        ["zh"] = Script.Han,
        ["ar"] = Script.Arabic,
        ["ru"] = Script.Cyrillic,
    };

    /// <summary>Whether <paramref name="text"/> can be in <paramref name="culture"/>: some letter of it is in the culture's script, or no letter is in a script of ours.</summary>
    public static bool CanWrite(string culture, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!ByCulture.TryGetValue(culture, out var script))
        {
            return true;
        }

        var anyOfOurs = false;
        for (var i = 0; i < text.Length; i++)
        {
            var found = char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? Of(char.ConvertToUtf32(text[i], text[++i])) : Of(text[i]);
            if (found == script)
            {
                return true;
            }

            anyOfOurs |= found != Script.Other;
        }

        return !anyOfOurs;
    }

    /// <summary>Whether a character is a Han ideograph (of the basic plane).</summary>
    public static bool IsHan(char c) => Of(c) == Script.Han;

    private static Script Of(int c) => c switch
    {
        >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= 0xC0 and <= 0x24F and not 0xD7 and not 0xF7 or >= 0x1E00 and <= 0x1EFF => Script.Latin,
        >= 0x3400 and <= 0x4DBF or >= 0x4E00 and <= 0x9FFF or >= 0xF900 and <= 0xFAFF or >= 0x20000 and <= 0x3134F => Script.Han,
        >= 0x0600 and <= 0x06FF or >= 0x0750 and <= 0x077F or >= 0x08A0 and <= 0x08FF or >= 0xFB50 and <= 0xFDFF or >= 0xFE70 and <= 0xFEFF => Script.Arabic,
        >= 0x0400 and <= 0x052F => Script.Cyrillic,
        _ => Script.Other,
    };
}
