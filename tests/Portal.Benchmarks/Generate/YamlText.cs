using System.Text;

namespace Portal.Benchmarks.Generate;

/// <summary>Values written into front matter: every text double-quoted, so that no generated word is read as YAML syntax.</summary>
public static class YamlText
{
    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => builder.Append("\\\""),
                '\\' => builder.Append("\\\\"),
                _ => builder.Append(c),
            };
        }

        return builder.Append('"').ToString();
    }

    /// <summary>A flow list of plain values such as ids, codes and numbers: <c>[a, b]</c>.</summary>
    public static string PlainList(IEnumerable<string> values) => $"[{string.Join(", ", values)}]";

    /// <summary>A flow list of quoted texts: <c>["a b", "c"]</c>.</summary>
    public static string QuotedList(IEnumerable<string> values) => $"[{string.Join(", ", values.Select(Quote))}]";
}
