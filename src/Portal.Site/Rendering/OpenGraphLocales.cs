namespace Portal.Site.Rendering;

/// <summary>
/// A culture as Open Graph names it: <c>language_TERRITORY</c>, from the list Facebook reads (which
/// LinkedIn and others follow). A bare <c>zh</c> or <c>ar</c> is not on it, so the preview's language
/// was guessed; Arabic is listed there as <c>ar_AR</c>, no country's.
/// </summary>
public static class OpenGraphLocales
{
    private static readonly Dictionary<string, string> ByCulture = new(StringComparer.Ordinal)
    {
        ["en"] = "en_US",
        ["zh"] = "zh_CN",
        ["ar"] = "ar_AR",
        ["fr"] = "fr_FR",
        ["es"] = "es_ES",
        ["ru"] = "ru_RU",
    };

    /// <summary>The Open Graph locale of a culture code; a code with a territory of its own (<c>pt-BR</c>) keeps it.</summary>
    public static string Of(string culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return ByCulture.TryGetValue(culture, out var locale) ? locale : culture.Replace('-', '_');
    }
}
