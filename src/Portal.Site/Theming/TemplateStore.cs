using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using DotLiquid;
using DotLiquid.Exceptions;
using DotLiquid.FileSystems;
using Microsoft.Extensions.Options;

namespace Portal.Site.Theming;

/// <summary>
/// Every template of the site, parsed once at start-up: the built-in ones, each overridden by the
/// theme's file of the same name. A missing or broken template fails start-up with its file and
/// line. Each render gets its own parameters under the limits of <see cref="SiteOptions"/>;
/// <c>{% include 'partials/x' %}</c> answers the parsed template from this store.
/// </summary>
public sealed partial class TemplateStore : ITemplateFileSystem
{
    /// <summary>The templates the pages use: each must exist, built in or in the theme.</summary>
    public static readonly IReadOnlyList<string> Required =
    [
        "layout", "home", "clusters", "cluster", "case-studies", "case-study", "events", "event",
        "city", "organization", "news", "page", "search", "404", "500",
    ];

    private readonly Dictionary<string, (Template Template, string File)> templates = new(StringComparer.Ordinal);
    private readonly SiteOptions limits;

    public TemplateStore(ThemeFolder theme, IOptions<SiteOptions> siteOptions)
    {
        limits = siteOptions.Value;
        if (!Directory.Exists(theme.Root))
        {
            throw new TemplateLoadException($"{theme.Root}: the theme '{theme.Name}' (Portal:Theme) has no folder");
        }

        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in new[] { ThemeFolder.BuiltInTemplates, theme.Templates })
        {
            if (Directory.Exists(folder))
            {
                foreach (var file in Directory.EnumerateFiles(folder, "*.liquid", SearchOption.AllDirectories))
                {
                    files[Path.GetRelativePath(folder, file)[..^".liquid".Length].Replace('\\', '/')] = file;
                }
            }
        }

        var problems = new List<string>();
        foreach (var name in Required.Where(name => !files.ContainsKey(name)))
        {
            problems.Add($"{Path.Combine(theme.Templates, name + ".liquid")}:1: the template '{name}' is missing (neither built in nor in the theme)");
        }

        foreach (var (name, file) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var source = File.ReadAllText(file);
            try
            {
                templates[name] = (Template.Parse(source), file);
            }
            catch (LiquidException e)
            {
                problems.Add($"{file}:{LineOf(source, e.Message)}: {e.Message}");
            }
        }

        if (problems.Count > 0)
        {
            throw new TemplateLoadException("The site's templates cannot be used:\n" + string.Join('\n', problems));
        }

        foreach (var (name, (_, file)) in templates)
        {
            foreach (Match include in IncludeTag().Matches(File.ReadAllText(file)))
            {
                if (!templates.ContainsKey(include.Groups[1].Value))
                {
                    problems.Add($"{file}:1: '{name}' includes '{include.Groups[1].Value}', which does not exist");
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new TemplateLoadException("The site's templates cannot be used:\n" + string.Join('\n', problems));
        }

        Template.FileSystem = this;
    }

    public bool Has(string name) => templates.ContainsKey(name);

    /// <summary>Renders one template with its own context; a failure names the template's file.</summary>
    public string Render(string name, IDictionary model, CultureInfo culture)
    {
        var (template, file) = templates[name];

        // A context of its own for every render: DotLiquid would otherwise keep {% assign %} in the
        // template instance, shared by concurrent renders and carried over to the next one.
        using var timeout = new CancellationTokenSource(limits.TimeoutMilliseconds);
        var context = new Context([LiquidValues.ToHash(model)], new Hash(), new Hash(), ErrorsOutputMode.Rethrow, limits.MaxSteps, culture, timeout.Token);
        using var writer = new LimitedWriter(limits.MaxOutputChars);
        try
        {
            template.Render(writer, RenderParameters.FromContext(context, culture));
        }
        catch (Exception e)
        {
            throw new TemplateRenderException(file, e);
        }

        if (context.Errors.Count > 0)
        {
            throw new TemplateRenderException(file, context.Errors[0]);
        }

        return writer.ToString();
    }

    public string ReadTemplateFile(Context context, string templateName) =>
        File.ReadAllText(Resolve(context, templateName).File);

    public Template GetTemplate(Context context, string templateName) => Resolve(context, templateName).Template;

    private (Template Template, string File) Resolve(Context context, string templateName)
    {
        var name = context[templateName]?.ToString() ?? templateName.Trim('\'', '"');
        return templates.TryGetValue(name, out var found) ? found : throw new FileSystemException($"there is no template '{name}'");
    }

    // DotLiquid names the tag or text that failed; the first line holding it is the best place to look.
    private static string LineOf(string source, string message)
    {
        var quoted = QuotedText().Match(message);
        var at = quoted.Success ? source.IndexOf(quoted.Groups[1].Value, StringComparison.Ordinal) : -1;
        var line = at < 0 ? 1 : source.AsSpan(0, at).Count('\n') + 1;
        return line.ToString(CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"'([^']+)'")]
    private static partial Regex QuotedText();

    [GeneratedRegex(@"\{%-?\s*include\s+'([^']+)'")]
    private static partial Regex IncludeTag();
}
