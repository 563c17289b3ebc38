using System.Text;

namespace Portal.Benchmarks.Generate;

/// <summary>
/// The front matter of one file as ordered <c>key: value</c> pairs, values already written as YAML;
/// a translation is the same fields with another title and summary.
/// </summary>
public sealed class FrontMatterFields
{
    private readonly List<KeyValuePair<string, string>> fields = [];

    public FrontMatterFields Add(string key, string yamlValue)
    {
        fields.Add(new(key, yamlValue));
        return this;
    }

    /// <summary>A block sequence of flow mappings, as used for <c>sources</c> and <c>partners</c>.</summary>
    public FrontMatterFields AddEntries(string key, IEnumerable<string> flowMappings)
    {
        var lines = string.Concat(flowMappings.Select(m => $"\n  - {m}"));
        return lines.Length == 0 ? this : Add(key, lines);
    }

    public FrontMatterFields With(string key, string yamlValue)
    {
        var copy = new FrontMatterFields();
        foreach (var (k, v) in fields)
        {
            copy.fields.Add(new(k, k == key ? yamlValue : v));
        }

        return copy;
    }

    public string Render(string body)
    {
        var builder = new StringBuilder(body.Length + 1024).Append("---\n");
        foreach (var (key, value) in fields)
        {
            builder.Append(key).Append(':');
            if (!value.StartsWith('\n'))
            {
                builder.Append(' ');
            }

            builder.Append(value).Append('\n');
        }

        return builder.Append("---\n\n").Append(body).Append('\n').ToString();
    }
}
