using Microsoft.Extensions.Options;
using Portal.Content.Configuration;

namespace Portal.Site.Theming;

/// <summary>Where the chosen theme and the built-in templates are on disk.</summary>
public sealed class ThemeFolder(IOptions<PortalOptions> options)
{
    public string Name { get; } = options.Value.Theme;

    public string Root { get; } = Path.Combine(options.Value.ThemesPath, options.Value.Theme);

    public string Templates => Path.Combine(Root, "templates");

    public string Assets => Path.Combine(Root, "assets");

    public string Locales => Path.Combine(Root, "locales");

    public static string BuiltInTemplates => Path.Combine(AppContext.BaseDirectory, "SiteTemplates");
}
