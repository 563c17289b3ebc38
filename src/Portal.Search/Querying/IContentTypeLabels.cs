namespace Portal.Search.Querying;

/// <summary>The name of a content type in a culture, as the site shows it (the theme's words); null where it has none.</summary>
public interface IContentTypeLabels
{
    string? Label(string type, string culture);
}
