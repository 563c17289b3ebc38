using Ganss.Xss;
using Markdig;

namespace Portal.Content.Markdown;

/// <summary>
/// Turns user-written Markdown into HTML that is safe to serve: Markdig renders, HtmlSanitizer
/// then removes scripts, event attributes, frames and any URL scheme but http, https and mailto.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseGridTables()
        .UseFootnotes()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .UseListExtras()
        .Build();

    private readonly HtmlSanitizer sanitizer = CreateSanitizer();

    public string ToHtml(string markdown) => sanitizer.Sanitize(Markdig.Markdown.ToHtml(markdown, pipeline));

    public string ToPlainText(string markdown) => Markdig.Markdown.ToPlainText(markdown, pipeline).Trim();

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.UnionWith(["http", "https", "mailto"]);
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedAttributes.Add("class");
        sanitizer.AllowedTags.ExceptWith(["form", "input", "button", "select", "textarea", "iframe", "style"]);
        sanitizer.AllowDataAttributes = false;
        return sanitizer;
    }
}
