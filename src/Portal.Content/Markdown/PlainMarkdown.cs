using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Portal.Content.Markdown;

/// <summary>
/// Tells a parsed body whose HTML needs no sanitiser: no raw HTML, only elements Markdig itself
/// writes (escaped), and links and images to http, https, mailto or a relative address. Such bodies
/// are nearly all of them, and parsing their HTML again only to keep all of it cost more than the
/// Markdown itself (docs/performance.md); anything else still goes through the sanitiser.
/// </summary>
internal static class PlainMarkdown
{
    private static readonly HashSet<Type> Known =
    [
        typeof(MarkdownDocument), typeof(ParagraphBlock), typeof(HeadingBlock), typeof(ListBlock), typeof(ListItemBlock),
        typeof(QuoteBlock), typeof(ThematicBreakBlock), typeof(CodeBlock), typeof(FencedCodeBlock), typeof(BlankLineBlock),
        typeof(LinkReferenceDefinitionGroup), typeof(LinkReferenceDefinition), typeof(HeadingLinkReferenceDefinition),
        typeof(Table), typeof(TableRow), typeof(TableCell),
        typeof(FootnoteGroup), typeof(Footnote), typeof(FootnoteLinkReferenceDefinition), typeof(FootnoteLink),
        typeof(ContainerInline), typeof(LiteralInline), typeof(EmphasisInline), typeof(CodeInline), typeof(LineBreakInline),
        typeof(HtmlEntityInline), typeof(LinkInline), typeof(AutolinkInline),
    ];

    public static bool Is(MarkdownDocument document)
    {
        foreach (var node in document.Descendants())
        {
            if (!Known.Contains(node.GetType()))
            {
                return false;
            }

            var safe = node switch
            {
                LinkInline link => IsPlainUrl(link.GetDynamicUrl?.Invoke() ?? link.Url),
                AutolinkInline autolink => autolink.IsEmail || IsPlainUrl(autolink.Url),
                _ => true,
            };
            if (!safe)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An address the sanitiser keeps as it is; anything unusual (a space, another scheme, <c>//host</c>) is left to the sanitiser.</summary>
    private static bool IsPlainUrl(string? url)
    {
        if (string.IsNullOrEmpty(url) || url.StartsWith("//", StringComparison.Ordinal) || url.AsSpan().ContainsAny(Unusual))
        {
            return false;
        }

        if (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var colon = url.IndexOf(':', StringComparison.Ordinal);
        var pathStart = url.AsSpan().IndexOfAny('/', '?', '#');
        return colon < 0 || (pathStart >= 0 && pathStart < colon);
    }

    private static readonly System.Buffers.SearchValues<char> Unusual = System.Buffers.SearchValues.Create(
        " \t\r\n\f\v\0\\<>\"'`\u00a0\u2028\u2029");
}
