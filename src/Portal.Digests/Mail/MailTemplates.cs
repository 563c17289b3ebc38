using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Portal.Content.Configuration;
using Portal.Templating;

namespace Portal.Digests.Mail;

/// <summary>
/// The theme's mail: <c>themes/THEME/mail/NAME.subject|html|text.liquid</c> and the words of
/// <c>mail/locales/CULTURE.json</c>, parsed once. A missing or broken template fails construction
/// (the site's start, or a <c>digests send</c> before it composes anything) with its file and line;
/// a render that fails throws, so a mail is sent whole or not at all.
/// </summary>
public sealed partial class MailTemplates
{
    /// <summary>The mails the portal sends; each needs its three templates.</summary>
    public static readonly IReadOnlyList<string> Mails = ["digest", "confirm", "alert"];

    private static readonly string[] Parts = ["subject", "html", "text"];
    private readonly LiquidTemplates templates;
    private readonly LocaleWords words;

    public MailTemplates(IOptions<PortalOptions> portal)
    {
        Folder = Path.Combine(portal.Value.ThemesPath, portal.Value.Theme, "mail");
        if (!Directory.Exists(Folder))
        {
            throw new TemplateLoadException($"{Folder}: the theme '{portal.Value.Theme}' (Portal:Theme) has no mail templates");
        }

        var required = Mails.SelectMany(mail => Parts.Select(part => $"{mail}.{part}"));
        templates = new LiquidTemplates("The theme's mail templates", LiquidTemplates.FilesIn(Folder), required, Folder, TemplateLimits.Default);
        words = new LocaleWords(Path.Combine(Folder, "locales"));
    }

    public string Folder { get; }

    /// <summary>
    /// Whether a mail can be written in a culture: its words are in <c>mail/locales</c>. Another
    /// culture still gets its mail, in English words around the items' own language.
    /// </summary>
    public bool Writes(string culture) => words.Has(culture);

    /// <summary>
    /// Renders one mail in a culture. Besides <paramref name="model"/>, its templates see
    /// <c>culture</c>, <c>dir</c> (<c>ltr</c>/<c>rtl</c>), <c>start</c> and <c>end</c> (the sides
    /// text begins and ends on) and <c>t</c>, the words, each with <c>{name}</c> replaced by
    /// <paramref name="placeholders"/>' value. Strings are HTML-encoded in the HTML part only.
    /// </summary>
    /// <exception cref="TemplateRenderException">A template failed, or the subject came out empty.</exception>
    public MailContent Render(string mail, IReadOnlyDictionary<string, object?> model, string culture, IReadOnlyDictionary<string, string> placeholders)
    {
        ArgumentNullException.ThrowIfNull(model);
        var format = CultureInfo.GetCultureInfo(culture);
        var rightToLeft = format.TextInfo.IsRightToLeft;
        var values = new Dictionary<string, object?>(model, StringComparer.Ordinal)
        {
            ["culture"] = culture,
            ["dir"] = rightToLeft ? "rtl" : "ltr",
            ["start"] = rightToLeft ? "right" : "left",
            ["end"] = rightToLeft ? "left" : "right",
            ["t"] = Words(culture, placeholders),
        };

        // One line whatever the template's line breaks: a subject is a header.
        var subject = Whitespace().Replace(templates.Render($"{mail}.subject", values, format, html: false), " ").Trim();
        if (subject.Length == 0)
        {
            throw new TemplateRenderException(Path.Combine(Folder, $"{mail}.subject.liquid"), new InvalidOperationException("the subject is empty"));
        }

        values["subject"] = subject;
        return new MailContent(subject, templates.Render($"{mail}.html", values, format), templates.Render($"{mail}.text", values, format, html: false));
    }

    /// <summary>The words of a culture (English where it lacks one) with their placeholders filled.</summary>
    public Dictionary<string, string> Words(string culture, IReadOnlyDictionary<string, string> placeholders)
    {
        ArgumentNullException.ThrowIfNull(placeholders);
        var filled = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, text) in words.For(culture))
        {
            var value = text;
            foreach (var (name, replacement) in placeholders)
            {
                value = value.Replace("{" + name + "}", replacement, StringComparison.Ordinal);
            }

            filled[key] = value;
        }

        return filled;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
