namespace Portal.Content.Import;

/// <summary>A content file cut in two: the YAML between the <c>---</c> lines, and the Markdown body, which starts on the file's line <paramref name="BodyLine"/>.</summary>
internal sealed record FrontMatter(string Yaml, string Body, int BodyLine)
{
    public static FrontMatter? Split(string text)
    {
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd('\r', ' ', '\t') != "---")
        {
            return null;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd('\r', ' ', '\t') == "---")
            {
                var yaml = string.Join('\n', lines[1..i]);
                var rest = string.Join('\n', lines[(i + 1)..]);
                var body = rest.Trim('\r', '\n');
                var skipped = rest.AsSpan(0, rest.Length - rest.TrimStart('\r', '\n').Length).Count('\n');
                return new FrontMatter(yaml, body, i + 2 + skipped);
            }
        }

        return null;
    }
}
