namespace Portal.Content.Markdown;

/// <summary>Thrown by <see cref="MarkdownRenderer"/> for a body that breaks the <see cref="MarkdownDepth"/> rule.</summary>
public sealed class MarkdownTooDeepException(MarkdownDepth depth) : Exception($"line {depth.Line}: {MarkdownDepth.Message}")
{
    public MarkdownDepth Depth => depth;
}
