using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using DotLiquid;
using DotLiquid.Exceptions;
using DotLiquid.FileSystems;

namespace Portal.Templating;

/// <summary>
/// A set of Liquid templates parsed once (by name: the file's path under its folder, without
/// <c>.liquid</c>). A missing required template, one that does not parse, or an include of a
/// template the set lacks fails construction with every problem's file and line. Each render gets
/// a context of its own under <see cref="TemplateLimits"/>, and its includes resolve in this set
/// only: several sets (the site's pages, the theme's mail) live side by side in one process.
/// </summary>
public sealed partial class LiquidTemplates : ITemplateFileSystem
{
    private const string Extension = ".liquid";
    private readonly Dictionary<string, (Template Template, string File)> templates = new(StringComparer.Ordinal);
    private readonly TemplateLimits limits;

    /// <param name="title">What the set is, for the error message ("The site's templates").</param>
    /// <param name="files">Template name to file; see <see cref="FilesIn"/>.</param>
    /// <param name="required">Names that must be present; a missing one is reported as a file of <paramref name="folder"/>.</param>
    public LiquidTemplates(string title, IReadOnlyDictionary<string, string> files, IEnumerable<string> required, string folder, TemplateLimits limits)
    {
        ArgumentNullException.ThrowIfNull(files);
        this.limits = limits;
        var problems = required.Where(name => !files.ContainsKey(name))
            .Select(name => $"{Path.Combine(folder, name + Extension)}:1: the template '{name}' is missing")
            .ToList();
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, file) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var source = sources[name] = File.ReadAllText(file);
            try
            {
                templates[name] = (Template.Parse(source), file);
            }
            catch (LiquidException e)
            {
                problems.Add($"{file}:{LineOf(source, e.Message)}: {e.Message}");
            }
        }

        foreach (var (name, (_, file)) in templates)
        {
            foreach (Match include in IncludeTag().Matches(sources[name]))
            {
                if (!files.ContainsKey(include.Groups[1].Value))
                {
                    var line = sources[name].AsSpan(0, include.Index).Count('\n') + 1;
                    problems.Add($"{file}:{line}: '{name}' includes '{include.Groups[1].Value}', which does not exist");
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new TemplateLoadException($"{title} cannot be used:\n{string.Join('\n', problems)}");
        }
    }

    /// <summary>The <c>*.liquid</c> files under the folders by name; a later folder's file replaces an earlier one of the same name.</summary>
    public static IReadOnlyDictionary<string, string> FilesIn(params IEnumerable<string> folders)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in folders.Where(Directory.Exists))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*" + Extension, SearchOption.AllDirectories))
            {
                files[Path.GetRelativePath(folder, file)[..^Extension.Length].Replace('\\', '/')] = file;
            }
        }

        return files;
    }

    public bool Has(string name) => templates.ContainsKey(name);

    /// <summary>Renders one template in a context of its own; a failure names the template's file.</summary>
    /// <param name="html">Whether strings of the model are HTML-encoded (see <see cref="LiquidValues"/>).</param>
    public string Render(string name, IDictionary model, CultureInfo culture, bool html = true)
    {
        var (template, file) = templates[name];

        // A context of its own for every render: DotLiquid would otherwise keep {% assign %} in the
        // template instance, shared by concurrent renders and carried over to the next one.
        using var timeout = new CancellationTokenSource(limits.TimeoutMilliseconds);
        var registers = new Hash { ["file_system"] = this };
        var context = new Context([LiquidValues.ToHash(model, html)], new Hash(), registers, ErrorsOutputMode.Rethrow, limits.MaxSteps, culture, timeout.Token);
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
