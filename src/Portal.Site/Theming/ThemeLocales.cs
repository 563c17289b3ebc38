using System.Text.Json;

namespace Portal.Site.Theming;

/// <summary>
/// The theme's own words, one <c>locales/CULTURE.json</c> file per culture (a flat object of
/// key to text); a key missing in a culture falls back to English, then to the key itself.
/// </summary>
public sealed class ThemeLocales
{
    private readonly Dictionary<string, Dictionary<string, string>> byCulture = new(StringComparer.Ordinal);

    public ThemeLocales(ThemeFolder theme)
    {
        if (!Directory.Exists(theme.Locales))
        {
            throw new TemplateLoadException($"{theme.Locales}: the theme has no locales folder");
        }

        foreach (var file in Directory.EnumerateFiles(theme.Locales, "*.json"))
        {
            try
            {
                byCulture[Path.GetFileNameWithoutExtension(file)] = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(file)) ?? [];
            }
            catch (JsonException e)
            {
                throw new TemplateLoadException($"{file}:{(e.LineNumber ?? 0) + 1}: {e.Message}");
            }
        }
    }

    public bool Has(string culture) => byCulture.ContainsKey(culture);

    /// <summary>Every word of the theme in a culture, English where the culture lacks one.</summary>
    public IReadOnlyDictionary<string, string> For(string culture)
    {
        var words = new Dictionary<string, string>(byCulture.GetValueOrDefault("en") ?? [], StringComparer.Ordinal);
        foreach (var (key, text) in byCulture.GetValueOrDefault(culture) ?? [])
        {
            words[key] = text;
        }

        return words;
    }

    public string Text(string culture, string key) =>
        byCulture.GetValueOrDefault(culture)?.GetValueOrDefault(key) ?? byCulture.GetValueOrDefault("en")?.GetValueOrDefault(key) ?? key;
}
