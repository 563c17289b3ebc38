using Portal.Search.Querying;

namespace Portal.Site.Theming;

/// <summary>A content type's name from the theme's words (<c>type_CaseStudy</c>), for search facets in the API as on the page.</summary>
public sealed class ThemeTypeLabels(ThemeLocales locales) : IContentTypeLabels
{
    public string? Label(string type, string culture)
    {
        var key = "type_" + type;
        var text = locales.Text(culture, key);
        return text == key ? null : text;
    }
}
