namespace Portal.Content.Markdown;

/// <summary>
/// A body that nests deeper than <see cref="MarkdownRenderer"/> goes (block quotes, lists, links or
/// emphasis inside one another), and the first line of the body by which it does. Markdig stops at
/// <see cref="Limit"/> levels rather than run out of stack, so such a body cannot be shown at all:
/// the importer and the editor refuse it under <see cref="Rule"/>.
/// </summary>
public sealed record MarkdownDepth(int Line)
{
    public const int Limit = 128;

    public const string Rule = "markdown-depth";

    public static string Message { get; } = $"the Markdown nests more than {Limit} levels deep (block quotes, lists, links or emphasis inside one another); nothing this deep can be shown";
}
