namespace Portal.Content.Import;

/// <summary>A content file cut in two: the YAML between the <c>---</c> lines, and the Markdown body.</summary>
internal sealed record FrontMatter(string Yaml, string Body)
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
                var body = string.Join('\n', lines[(i + 1)..]).Trim('\r', '\n');
                return new FrontMatter(yaml, body);
            }
        }

        return null;
    }
}
