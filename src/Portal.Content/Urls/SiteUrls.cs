using Portal.Content.Model;
using Portal.Content.Taxonomies;
using Portal.Content.Types;

namespace Portal.Content.Urls;

/// <summary>
/// The one place that builds the portal's site-relative URLs, from <c>seeds/site.yaml</c>: the cultures
/// the site serves (the default one without a prefix, each other under <c>/{culture}</c>) and each
/// content type's segment. Content may be written in more cultures than the site serves (<c>fr</c>,
/// <c>es</c>, <c>ru</c>): a URL in such a culture is the default culture's page of the same item,
/// which shows the item in the default culture where it has it, else in its own language with a notice.
/// </summary>
public sealed class SiteUrls(Taxonomy taxonomy, ContentTypeCatalog types)
{
    public const string SubscribePath = "/subscribe";
    public const string ConfirmPath = "/subscribe/confirm";
    public const string PreferencesPath = "/subscribe/preferences";
    public const string UnsubscribePath = "/unsubscribe";
    public const string AlertUnsubscribePath = "/alerts/unsubscribe";
    public const string AccountAlertsPath = "/account/alerts";
    public const string AccountSubscriptionsPath = "/account/subscriptions";
    public const string SuggestPath = "/api/search/suggest";

    public string DefaultCulture => taxonomy.Site.DefaultCulture;

    /// <summary>The cultures pages are shown in; the first-named need not be the default.</summary>
    public IReadOnlyList<string> Cultures => taxonomy.Site.Cultures;

    public bool Serves(string culture) => Cultures.Contains(culture);

    /// <summary>The culture whose pages show content of <paramref name="culture"/>: itself where the site serves it, else the default.</summary>
    public string Served(string culture) => Serves(culture) ? culture : DefaultCulture;

    /// <summary>"" for the default culture (and for any culture the site does not serve), else <c>/{culture}</c>.</summary>
    public string Prefix(string culture) => Served(culture) is var served && served == DefaultCulture ? "" : "/" + served;

    /// <summary>The served culture whose prefix a request path is under: the default for a path without one.</summary>
    public string CultureOf(string path) =>
        Cultures.FirstOrDefault(c => Prefix(c) is { Length: > 0 } prefix && (path == prefix || path.StartsWith(prefix + "/", StringComparison.Ordinal))) ?? DefaultCulture;

    /// <summary>A request path without its culture's prefix: <c>/zh/events</c> is <c>/events</c>, <c>/zh</c> is <c>/</c>.</summary>
    public string Unprefixed(string path) => Prefix(CultureOf(path)) is { Length: > 0 } prefix ? (path.Length == prefix.Length ? "/" : path[prefix.Length..]) : path;

    /// <summary>A site path (starting with /) in a culture.</summary>
    public string Path(string culture, string path) => Under(Prefix(culture), path);

    public string Home(string culture) => Path(culture, "/");

    /// <summary>The page of an item's version in a culture.</summary>
    public string Item(string type, string slug, string culture) => Path(culture, $"/{types[type].UrlSegment}/{slug}");

    /// <summary>The search page of a culture with these parameters (empty ones left out).</summary>
    public string Search(string culture, IEnumerable<(string Name, string? Value)> parameters) =>
        Path(culture, "/search") + Query(parameters);

    /// <summary>Search-as-you-type titles for a culture's search boxes (an API, so under no prefix; the box adds <c>q</c>).</summary>
    public string Suggest(string culture) => SuggestPath + Query([("culture", Served(culture))]);

    /// <summary>The subscribe form in a culture, with a cluster chosen where one is given.</summary>
    public string Subscribe(string culture, string? cluster = null) =>
        Path(culture, SubscribePath) + Query([("cluster", cluster)]);

    /// <summary>A path under a prefix: the prefix alone stands for its home.</summary>
    public static string Under(string prefix, string path) => prefix.Length == 0 ? path : path == "/" ? prefix : prefix + path;

    /// <summary>A member's link: the path with its signed token.</summary>
    public static string WithToken(string path, string token) => $"{path}?token={Uri.EscapeDataString(token)}";

    private static string Query(IEnumerable<(string Name, string? Value)> parameters)
    {
        var parts = parameters.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}").ToList();
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }
}
