using System.Collections;
using System.Net;
using DotLiquid;

namespace Portal.Templating;

/// <summary>
/// Turns a model into the values DotLiquid renders: dictionaries become hashes, sequences lists.
/// For HTML every string is encoded on the way in unless it is <see cref="RawHtml"/>, so that a
/// template cannot forget to escape; for plain text (a mail's text part, a subject) strings stay as they are.
/// </summary>
public static class LiquidValues
{
    public static object? Convert(object? value, bool html = true) => value switch
    {
        null => null,
        RawHtml raw => raw.Html,
        string text => html ? WebUtility.HtmlEncode(text) : text,
        bool or int or long or double or decimal => value,
        IDictionary dictionary => ToHash(dictionary, html),
        IEnumerable sequence => sequence.Cast<object?>().Select(item => Convert(item, html)).ToList(),
        _ => Convert(value.ToString(), html),
    };

    public static Hash ToHash(IDictionary dictionary, bool html = true)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        var hash = new Hash();
        foreach (DictionaryEntry entry in dictionary)
        {
            hash[entry.Key.ToString()!] = Convert(entry.Value, html);
        }

        return hash;
    }
}
