using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Ganss.Xss;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Portal.Content.Markdown;

/// <summary>
/// Turns user-written Markdown into HTML that is safe to serve: Markdig renders, HtmlSanitizer
/// then removes scripts, event attributes, frames, any URL scheme but http, https and mailto, and
/// every inline style: a style could lay a link over the whole page or hide text.
/// A body nested deeper than <see cref="MarkdownDepth.Limit"/> is never rendered: <see cref="CheckDepth"/>
/// finds it, and the renderer throws <see cref="MarkdownTooDeepException"/> for it.
/// </summary>
public sealed partial class MarkdownRenderer
{
    private readonly MarkdownPipeline pipeline = new MarkdownPipelineBuilder { MaximumNestingDepth = MarkdownDepth.Limit }
        .UsePipeTables()
        .UseGridTables()
        .UseFootnotes()
        .UseAutoLinks()
        .UseEmphasisExtras()
        // Chinese and Japanese put no space between a word and its quotation marks, so CommonMark's
        // flanking rule left ** beside “ or （ as literal asterisks; this lets CJK letters and their
        // punctuation open and close emphasis, and leaves Latin text to CommonMark as it was.
        .UseCjkFriendlyEmphasis()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .UseListExtras()
        .Build();

    private readonly HtmlSanitizer sanitizer = CreateSanitizer();

    public string ToHtml(string markdown) => sanitizer.Sanitize(Parse(markdown).ToHtml(pipeline));

    /// <summary>Null when the body can be rendered; else the first line (of the body) by which it nests too deeply.</summary>
    public MarkdownDepth? CheckDepth(string markdown) => TryParse(markdown) is null ? new MarkdownDepth(LineTooDeep(markdown)) : null;

    /// <summary>
    /// The text alone, one line per block (a heading, a paragraph, a list item): search snippets
    /// read the line ends as boundaries, so a heading is never run into the sentence after it.
    /// Markdig's own ToPlainText drops inline HTML but copies HTML blocks (a <c>&lt;script&gt;</c>
    /// or <c>&lt;div&gt;</c> on lines of their own) through, so they are removed first.
    /// </summary>
    public string ToPlainText(string markdown)
    {
        var document = Parse(markdown);
        foreach (var block in document.Descendants<HtmlBlock>().ToList())
        {
            block.Parent?.Remove(block);
        }

        // A soft line break is only the writer's wrapping, inside one paragraph.
        foreach (var softBreak in document.Descendants<LineBreakInline>().Where(b => !b.IsHard).ToList())
        {
            softBreak.ReplaceBy(new LiteralInline(" "));
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
        pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString().Trim();
    }

    private MarkdownDocument Parse(string markdown) =>
        TryParse(markdown) ?? throw new MarkdownTooDeepException(new MarkdownDepth(LineTooDeep(markdown)));

    /// <summary>The parsed body; null when it nests past <see cref="MarkdownDepth.Limit"/>.</summary>
    private MarkdownDocument? TryParse(string markdown)
    {
        try
        {
            return Markdig.Markdown.Parse(markdown, pipeline);
        }
        catch (ArgumentException e) when (IsDepthLimit(e))
        {
            return null;
        }
    }

    /// <summary>
    /// The fewest first lines that are already too deep, by halving: nesting only grows as lines are
    /// added, and Markdig's exception does not say where it stopped.
    /// </summary>
    private int LineTooDeep(string markdown)
    {
        var ends = new List<int>();
        for (var i = markdown.IndexOf('\n', StringComparison.Ordinal); i >= 0; i = markdown.IndexOf('\n', i + 1))
        {
            ends.Add(i);
        }

        ends.Add(markdown.Length);
        int fits = 0, tooDeep = ends.Count;
        while (tooDeep - fits > 1)
        {
            var middle = (fits + tooDeep) / 2;
            if (TryParse(markdown[..ends[middle - 1]]) is not null)
            {
                fits = middle;
            }
            else
            {
                tooDeep = middle;
            }
        }

        return tooDeep;
    }

    /// <summary>Markdig's own refusal of a body past its nesting limit (an internal helper throws it).</summary>
    private static bool IsDepthLimit(ArgumentException e) =>
        e.TargetSite?.DeclaringType?.FullName == "Markdig.Helpers.ThrowHelper" && e.TargetSite.Name.Contains("DepthLimit", StringComparison.Ordinal);

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.UnionWith(["http", "https", "mailto"]);
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedAttributes.Add("class");
        sanitizer.AllowedTags.ExceptWith(["form", "input", "button", "select", "textarea", "iframe", "style"]);
        sanitizer.AllowDataAttributes = false;
        // text-align alone survives the sanitiser, only to become a class: Markdig aligns table
        // columns with it, and the sites' Content Security Policy allows no inline style.
        sanitizer.AllowedCssProperties.Clear();
        sanitizer.AllowedCssProperties.Add("text-align");
        sanitizer.PostProcessNode += (_, e) => AlignmentToClass(e.Node);
        return sanitizer;
    }

    private static void AlignmentToClass(INode node)
    {
        if (node is not IElement element || element.GetAttribute("style") is not { } style)
        {
            return;
        }

        element.RemoveAttribute("style");
        if (TextAlign().Match(style) is { Success: true } match)
        {
            element.ClassList.Add("align-" + match.Groups[1].Value.ToLowerInvariant());
        }
    }

    [GeneratedRegex(@"^\s*text-align\s*:\s*(left|right|center|justify|start|end)\s*;?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TextAlign();
}
