using Portal.Content.Urls;
using Portal.Site.Theming;
using Portal.Templating;

namespace Portal.Site.Rendering;

/// <summary>The cultures of <c>seeds/site.yaml</c>; each needs the theme's words.</summary>
public sealed class SiteCultures
{
    public SiteCultures(SiteUrls urls, ThemeLocales locales)
    {
        All = [.. urls.Cultures.Select(code => SiteCulture.Create(code, urls.Prefix(code)))];
        Default = All.Single(c => c.Prefix.Length == 0);
        foreach (var culture in All.Where(c => !locales.Has(c.Code)))
        {
            throw new TemplateLoadException($"locales/{culture.Code}.json: the theme has no words for the site's culture '{culture.Code}'");
        }
    }

    public IReadOnlyList<SiteCulture> All { get; }

    public SiteCulture Default { get; }

    public SiteCulture Get(string code) => All.FirstOrDefault(c => c.Code == code) ?? Default;
}
