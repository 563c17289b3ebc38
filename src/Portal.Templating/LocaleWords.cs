using System.Text.Json;

namespace Portal.Templating;

/// <summary>
/// A theme's words: one <c>CULTURE.json</c> file per culture in a folder (a flat object of key to
/// text); a key missing in a culture falls back to English, then to the key itself.
/// </summary>
public sealed class LocaleWords
{
    private const string Fallback = "en";
    private readonly Dictionary<string, Dictionary<string, string>> byCulture = new(StringComparer.Ordinal);

    public LocaleWords(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new TemplateLoadException($"{folder}: the theme has no locales folder");
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.json"))
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

    /// <summary>Every word in a culture, English where the culture lacks one.</summary>
    public IReadOnlyDictionary<string, string> For(string culture)
    {
        var words = new Dictionary<string, string>(byCulture.GetValueOrDefault(Fallback) ?? [], StringComparer.Ordinal);
        foreach (var (key, text) in byCulture.GetValueOrDefault(culture) ?? [])
        {
            words[key] = text;
        }

        return words;
    }

    public string Text(string culture, string key) =>
        byCulture.GetValueOrDefault(culture)?.GetValueOrDefault(key) ?? byCulture.GetValueOrDefault(Fallback)?.GetValueOrDefault(key) ?? key;
}
