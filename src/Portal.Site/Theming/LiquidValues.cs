using System.Collections;
using System.Net;
using DotLiquid;
using Portal.Site.Rendering;

namespace Portal.Site.Theming;

/// <summary>
/// Turns a model into the values DotLiquid renders: dictionaries become hashes, sequences lists,
/// and every string is HTML-encoded on the way in unless it is <see cref="RawHtml"/>, so that a
/// template cannot forget to escape.
/// </summary>
public static class LiquidValues
{
    public static object? Convert(object? value) => value switch
    {
        null => null,
        RawHtml raw => raw.Html,
        string text => WebUtility.HtmlEncode(text),
        bool or int or long or double or decimal => value,
        IDictionary dictionary => ToHash(dictionary),
        IEnumerable sequence => sequence.Cast<object?>().Select(Convert).ToList(),
        _ => WebUtility.HtmlEncode(value.ToString()),
    };

    public static Hash ToHash(IDictionary dictionary)
    {
        var hash = new Hash();
        foreach (DictionaryEntry entry in dictionary)
        {
            hash[entry.Key.ToString()!] = Convert(entry.Value);
        }

        return hash;
    }
}
