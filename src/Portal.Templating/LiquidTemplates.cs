using System.Collections;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Fluid;

namespace Portal.Templating;

/// <summary>
/// A set of Liquid templates parsed once by Fluid (by name: the file's path under its folder, without
/// <c>.liquid</c>). A missing required template, one that does not parse, or an include of a
/// template the set lacks fails construction with every problem's file and line. Each render gets
/// a context of its own under <see cref="TemplateLimits"/>, and its includes resolve in this set
/// only: several sets (the site's pages, the theme's mail) live side by side in one process.
/// </summary>
public sealed partial class LiquidTemplates
{
    private const string Extension = ".liquid";

    // Every letter as itself: Chinese, Arabic and Russian stay readable in the page source and in mail,
    // only the characters that matter to HTML (<, >, &, quotes) become entities.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);
    private static readonly FluidParser Parser = new();

    private readonly Dictionary<string, (IFluidTemplate Template, string File, string Source)> templates = new(StringComparer.Ordinal);
    private readonly TemplateLimits limits;
    private readonly TemplateOptions options;

    /// <param name="title">What the set is, for the error message ("The site's templates").</param>
    /// <param name="files">Template name to file; see <see cref="FilesIn"/>.</param>
    /// <param name="required">Names that must be present; a missing one is reported as a file of <paramref name="folder"/>.</param>
    public LiquidTemplates(string title, IReadOnlyDictionary<string, string> files, IEnumerable<string> required, string folder, TemplateLimits limits)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(limits);
        this.limits = limits;
        var problems = required.Where(name => !files.ContainsKey(name))
            .Select(name => $"{Path.Combine(folder, name + Extension)}:1: the template '{name}' is missing")
            .ToList();
        foreach (var (name, file) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var source = File.ReadAllText(file);
            if (Parser.TryParse(source, out var template, out var error))
            {
                templates[name] = (template, file, source);
            }
            else
            {
                problems.Add($"{file}:{LineOf(source, error)}: {error}");
            }
        }

        foreach (var (name, (_, file, source)) in templates)
        {
            foreach (Match include in IncludeTag().Matches(source))
            {
                if (!files.ContainsKey(include.Groups[1].Value))
                {
                    var line = source.AsSpan(0, include.Index).Count('\n') + 1;
                    problems.Add($"{file}:{line}: '{name}' includes '{include.Groups[1].Value}', which does not exist");
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new TemplateLoadException($"{title} cannot be used:\n{string.Join('\n', problems)}");
        }

        var set = new TemplateSet(templates.ToDictionary(t => t.Key, t => (t.Value.Template, t.Value.Source), StringComparer.Ordinal));
        options = new TemplateOptionsBuilder()
            .WithFileProvider(set)
            .WithTemplateCache(set)
            .WithMaxSteps(limits.MaxSteps)
            .WithMaxRecursion(limits.MaxRecursion)
            .WithModelNamesComparer(StringComparer.Ordinal)
            .Build();
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
    /// <param name="html">Whether strings are HTML-encoded as they are written (a page, a mail's HTML part) or written as they are (a text part, a subject).</param>
    public string Render(string name, IDictionary model, CultureInfo culture, bool html = true)
    {
        ArgumentNullException.ThrowIfNull(model);
        var (template, file, _) = templates[name];
        using var timeout = new CancellationTokenSource(limits.TimeoutMilliseconds);
        var context = new TemplateContext(options, StringComparer.Ordinal)
        {
            CultureInfo = culture,
            CancellationToken = timeout.Token,
        };
        foreach (DictionaryEntry entry in model)
        {
            context.SetValue(entry.Key.ToString()!, LiquidValues.Convert(entry.Value));
        }

        using var writer = new LimitedWriter(limits.MaxOutputChars);
        try
        {
            var rendering = template.RenderAsync(writer, context, html ? Html : NullEncoder.Default, true);
            if (!rendering.IsCompletedSuccessfully)
            {
                rendering.AsTask().GetAwaiter().GetResult();
            }
        }
        catch (Exception e)
        {
            throw new TemplateRenderException(file, e);
        }

        return writer.ToString();
    }

    // Fluid reports the line and column of a parse error as "(line:column)"; failing that, the first
    // line holding the quoted text is the best place to look.
    private static string LineOf(string source, string error)
    {
        var position = Position().Match(error);
        if (position.Success)
        {
            return position.Groups[1].Value;
        }

        var quoted = QuotedText().Match(error);
        var at = quoted.Success ? source.IndexOf(quoted.Groups[1].Value, StringComparison.Ordinal) : -1;
        var line = at < 0 ? 1 : source.AsSpan(0, at).Count('\n') + 1;
        return line.ToString(CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"\((\d+):(\d+)\)")]
    private static partial Regex Position();

    [GeneratedRegex(@"'([^']+)'")]
    private static partial Regex QuotedText();

    [GeneratedRegex(@"\{%-?\s*include\s+'([^']+)'")]
    private static partial Regex IncludeTag();
}
