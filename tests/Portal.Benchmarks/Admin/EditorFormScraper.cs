using System.Net;
using System.Text.RegularExpressions;

namespace Portal.Benchmarks.Admin;

/// <summary>
/// What a browser would send from one form of a page: text and hidden inputs, checked boxes, the
/// selected options of each select (the first option of a single select when none is), textareas.
/// </summary>
public static partial class EditorFormScraper
{
    /// <summary>The fields of the form whose action starts with <paramref name="action"/>.</summary>
    public static List<KeyValuePair<string, string>> Fields(string html, string action)
    {
        var start = html.IndexOf($"action=\"{action}", StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException($"the page has no form posting to {action}");
        }

        var form = html[start..html.IndexOf("</form>", start, StringComparison.Ordinal)];
        var fields = new List<KeyValuePair<string, string>>();
        foreach (Match input in Input().Matches(form))
        {
            var tag = input.Value;
            var type = Attribute(tag, "type") ?? "text";
            if (type is "submit" or "button" || (type == "checkbox" && !tag.Contains(" checked", StringComparison.Ordinal)))
            {
                continue;
            }

            fields.Add(new(Attribute(tag, "name")!, Attribute(tag, "value") ?? ""));
        }

        foreach (Match area in TextArea().Matches(form))
        {
            fields.Add(new(area.Groups[1].Value, WebUtility.HtmlDecode(area.Groups[2].Value)));
        }

        foreach (Match select in Select().Matches(form))
        {
            var name = Attribute(select.Groups[1].Value, "name")!;
            var options = Option().Matches(select.Groups[2].Value).Select(o => (Value: WebUtility.HtmlDecode(o.Groups[1].Value), Selected: o.Value.Contains(" selected", StringComparison.Ordinal))).ToList();
            var chosen = options.Where(o => o.Selected).Select(o => o.Value).ToList();
            if (chosen.Count == 0 && !select.Groups[1].Value.Contains(" multiple", StringComparison.Ordinal) && options.Count > 0)
            {
                chosen.Add(options[0].Value);
            }

            fields.AddRange(chosen.Select(value => new KeyValuePair<string, string>(name, value)));
        }

        return fields;
    }

    private static string? Attribute(string tag, string name) =>
        Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"") is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;

    [GeneratedRegex("<input\\b[^>]*\\bname=\"[^\"]+\"[^>]*>")]
    private static partial Regex Input();

    [GeneratedRegex("<textarea\\b[^>]*\\bname=\"([^\"]+)\"[^>]*>(.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex TextArea();

    [GeneratedRegex("<select\\b([^>]*\\bname=\"[^\"]+\"[^>]*)>(.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex Select();

    [GeneratedRegex("<option\\b[^>]*\\bvalue=\"([^\"]*)\"[^>]*>")]
    private static partial Regex Option();
}
