using System.Net;
using System.Text.Json;
using Portal.IntegrationTests.Digests;

namespace Portal.IntegrationTests.Site.Members;

/// <summary>The Galaxy theme's words of a culture, as its pages print them (HTML-encoded), so that a test checks the page's language without copying its text.</summary>
internal static class ThemeWords
{
    public static string Word(string culture, string key)
    {
        var file = Path.Combine(DigestsSite.RepositoryRoot, "themes", "Galaxy", "locales", $"{culture}.json");
        var words = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(file))!;
        return words[key];
    }

    /// <summary>A word as the page carries it: encoded, with its placeholders filled.</summary>
    public static string Html(string culture, string key, params object[] values) =>
        WebUtility.HtmlEncode(string.Format(System.Globalization.CultureInfo.GetCultureInfo(culture), Word(culture, key), values));
}
