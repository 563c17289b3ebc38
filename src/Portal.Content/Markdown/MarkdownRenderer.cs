using Ganss.Xss;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

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

    /// <summary>
    /// The text alone. Markdig's own ToPlainText drops inline HTML but copies HTML blocks
    /// (a <c>&lt;script&gt;</c> or <c>&lt;div&gt;</c> on lines of their own) through, so they are removed first.
    /// </summary>
    public string ToPlainText(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        foreach (var block in document.Descendants<HtmlBlock>().ToList())
        {
            block.Parent?.Remove(block);
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
        pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString().Trim();
    }

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
