using Portal.Templating;

namespace Portal.Site.Theming;

/// <summary>The theme's own words for the site: <c>locales/CULTURE.json</c> of the theme (see <see cref="LocaleWords"/>).</summary>
public sealed class ThemeLocales(ThemeFolder theme)
{
    private readonly LocaleWords words = new(theme.Locales);

    public bool Has(string culture) => words.Has(culture);

    /// <summary>Every word of the theme in a culture, English where the culture lacks one.</summary>
    public IReadOnlyDictionary<string, string> For(string culture) => words.For(culture);

    public string Text(string culture, string key) => words.Text(culture, key);
}
