using System.Text.RegularExpressions;

namespace Portal.IntegrationTests.Site;

/// <summary>The parts of a site page that list tests look into: its cards and its filter lists.</summary>
public static partial class SiteHtml
{
    /// <summary>Every card of a page, each as its <c>&lt;article&gt;</c>, in page order.</summary>
    public static IEnumerable<string> Cards(string html) => CardPattern().Matches(html).Select(m => m.Value);

    /// <summary>A filter's <c>&lt;select id="f-NAME"&gt;</c>, with its options; empty when the page has none.</summary>
    public static string Select(string html, string name) =>
        Regex.Match(html, $"<select id=\"f-{Regex.Escape(name)}\"[^>]*>.*?</select>", RegexOptions.Singleline).Value;

    [GeneratedRegex("<article class=\"card[^\"]*\".*?</article>", RegexOptions.Singleline)]
    private static partial Regex CardPattern();
}
