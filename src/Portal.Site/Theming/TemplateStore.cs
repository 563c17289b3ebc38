using System.Collections;
using System.Globalization;
using Microsoft.Extensions.Options;
using Portal.Content.Types;
using Portal.Templating;

namespace Portal.Site.Theming;

/// <summary>
/// Every template of the site, parsed once at start-up: the built-in ones, each overridden by the
/// theme's file of the same name. A missing or broken template fails start-up with its file and
/// line. Each render gets its own parameters under the limits of <see cref="SiteOptions"/>;
/// <c>{% include 'partials/x' %}</c> answers the parsed template from this store.
/// </summary>
public sealed class TemplateStore
{
    /// <summary>The templates of the site's own pages; with the template of each content type, each must exist, built in or in the theme.</summary>
    public static readonly IReadOnlyList<string> SitePages = ["layout", "home", "clusters", "case-studies", "events", "search", "400", "404", "500", "subscribe", "preferences", "member-message"];

    private readonly LiquidTemplates templates;

    public TemplateStore(ThemeFolder theme, IOptions<SiteOptions> siteOptions, ContentTypeCatalog catalog)
    {
        if (!Directory.Exists(theme.Root))
        {
            throw new TemplateLoadException($"{theme.Root}: the theme '{theme.Name}' (Portal:Theme) has no folder");
        }

        var limits = siteOptions.Value;
        templates = new LiquidTemplates(
            "The site's templates",
            LiquidTemplates.FilesIn(ThemeFolder.BuiltInTemplates, theme.Templates),
            [.. SitePages, .. catalog.All.Select(t => t.Template)],
            theme.Templates,
            new TemplateLimits(limits.MaxSteps, limits.TimeoutMilliseconds, limits.MaxOutputChars));
    }

    public bool Has(string name) => templates.Has(name);

    /// <summary>Renders one template with its own context; a failure names the template's file.</summary>
    public string Render(string name, IDictionary model, CultureInfo culture) => templates.Render(name, model, culture);
}
