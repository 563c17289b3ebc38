namespace Portal.Content.Import;

/// <summary>A content file cut in two: the YAML between the <c>---</c> lines, and the Markdown body, which starts on the file's line <paramref name="BodyLine"/>.</summary>
internal sealed record FrontMatter(string Yaml, string Body, int BodyLine)
{
    public static FrontMatter? Split(string text)
    {
        var end = LineEnd(text, 0);
        if (!IsFence(text, 0, end))
        {
            return null;
        }

        var yamlStart = end + 1;
        // Lines are found by their ends rather than by splitting the text: every import cuts every file.
        for (int start = yamlStart, index = 1; start <= text.Length; start = end + 1, index++)
        {
            end = LineEnd(text, start);
            if (IsFence(text, start, end))
            {
                var yaml = text[yamlStart..Math.Max(yamlStart, start - 1)];
                var rest = end < text.Length ? text[(end + 1)..] : "";
                var body = rest.Trim('\r', '\n');
                var skipped = rest.AsSpan(0, rest.Length - rest.TrimStart('\r', '\n').Length).Count('\n');
                return new FrontMatter(yaml, body, index + 2 + skipped);
            }
        }

        return null;
    }

    private static int LineEnd(string text, int start)
    {
        var end = text.IndexOf('\n', start);
        return end < 0 ? text.Length : end;
    }

    private static bool IsFence(string text, int start, int end) =>
        text.AsSpan(start, end - start).TrimEnd("\r \t").SequenceEqual("---");
}
