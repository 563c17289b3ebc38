using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Portal.Content.Import;

/// <summary>
/// Reads the fields of one front matter, each by its rule, into a normalised JSON object, and
/// records a problem with the file's line for every field that breaks its rule.
/// </summary>
internal sealed partial class FieldReader(YamlMappingNode map, string file, List<ImportProblem> problems)
{
    private readonly HashSet<string> read = new(StringComparer.Ordinal);

    public JsonObject Fields { get; } = [];

    public bool Has(string key) => Node(key) is not null;

    public int LineOf(string key) => Node(key) is { } node ? Line(node) : 1;

    public void Problem(string key, string rule, string message) => problems.Add(new ImportProblem(file, LineOf(key), rule, message));

    public void Problem(YamlNode node, string rule, string message) => problems.Add(new ImportProblem(file, Line(node), rule, message));

    public string? Text(string key, bool required = false, int maxLength = 500, bool multiline = false)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required)
            {
                problems.Add(new ImportProblem(file, 1, "required-field", $"'{key}' is required"));
            }

            return null;
        }

        if (node is not YamlScalarNode { Value: { } value } || value.Trim().Length == 0)
        {
            Problem(node, "text", $"'{key}' must be a non-empty text");
            return null;
        }

        value = value.Trim();
        if (value.Length > maxLength || !multiline && value.Any(char.IsControl))
        {
            Problem(node, "text", $"'{key}' must be one line of at most {maxLength} characters");
            return null;
        }

        Fields[key] = value;
        return value;
    }

    public string? Identifier(string key)
    {
        var value = Scalar(key);
        if (value is null)
        {
            return null;
        }

        if (!IdentifierPattern().IsMatch(value) || value.Length > 100)
        {
            Problem(key, "identifier", $"'{value}' is not a valid {key}: lowercase letters, digits and single '-' only, at most 100 characters");
            return null;
        }

        Fields[key] = value;
        return value;
    }

    public string? OneOf(string key, IReadOnlyCollection<string> allowed, string rule, bool required = false) =>
        Single(key, rule, v => allowed.Contains(v) ? v : null, $"a known {key}; expected one of: {string.Join(", ", allowed)}", required);

    /// <summary>One value checked by <paramref name="accept"/>, which returns the normalised value or null.</summary>
    public string? Single(string key, string rule, Func<string, string?> accept, string expectation, bool required = false)
    {
        var value = Scalar(key);
        if (value is null)
        {
            if (required && !Has(key))
            {
                problems.Add(new ImportProblem(file, 1, "required-field", $"'{key}' is required"));
            }

            return null;
        }

        if (accept(value) is not { } accepted)
        {
            Problem(key, rule, $"'{value}' is not {expectation}");
            return null;
        }

        Fields[key] = accepted;
        return accepted;
    }

    public PartialDate? Date(string key, TimeZoneInfo? zone, bool fullDateOnly, bool required = false)
    {
        var value = Scalar(key);
        if (value is null)
        {
            if (required && !Has(key))
            {
                problems.Add(new ImportProblem(file, 1, "required-field", $"'{key}' is required"));
            }

            return null;
        }

        if (!PartialDate.TryParse(value, zone, out var date) || fullDateOnly && date.Precision < DatePrecision.Day)
        {
            var expected = fullDateOnly
                ? "a date (2019-10-31) or a date-time with offset (2019-10-31T09:00:00+08:00)"
                : "a date, a date-time with offset, or YYYY, YYYY-MM, YYYY-Qn when only that much is known";
            Problem(key, "date", $"'{value}' is not {expected}");
            return null;
        }

        Fields[key] = date.Text;
        return date;
    }

    public int? Integer(string key, long min, long max, bool required = false)
    {
        var value = Scalar(key);
        if (value is null)
        {
            RequireWhere(required, key);
            return null;
        }

        if (!long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
        {
            Problem(key, "number", $"'{value}' must be a whole number from {min} to {max}");
            return null;
        }

        Fields[key] = number;
        return (int)Math.Min(number, int.MaxValue);
    }

    public double? Decimal(string key, double min, double max, bool required = false)
    {
        var value = Scalar(key);
        if (value is null)
        {
            RequireWhere(required, key);
            return null;
        }

        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number) || number < min || number > max)
        {
            Problem(key, "number", $"'{value}' must be a number from {min} to {max}");
            return null;
        }

        Fields[key] = number;
        return number;
    }

    public bool? Boolean(string key, bool required = false)
    {
        var value = Scalar(key);
        if (value is null)
        {
            RequireWhere(required, key);
            return null;
        }

        if (!bool.TryParse(value, out var flag))
        {
            Problem(key, "boolean", $"'{value}' must be true or false");
            return null;
        }

        Fields[key] = flag;
        return flag;
    }

    public string? Url(string key, bool required = false)
    {
        var value = Scalar(key);
        if (value is null)
        {
            RequireWhere(required, key);
            return null;
        }

        if (!IsWebUrl(value))
        {
            Problem(key, "url", $"'{value}' must be an absolute http or https URL");
            return null;
        }

        Fields[key] = value;
        return value;
    }

    /// <summary>A list of scalars, each checked by <paramref name="accept"/>, which returns the normalised value or null.</summary>
    public List<string> List(string key, string rule, Func<string, string?> accept, string expectation)
    {
        var result = new List<string>();
        var node = Node(key);
        if (node is null)
        {
            return result;
        }

        var items = node switch
        {
            YamlSequenceNode sequence => sequence.Children.ToList(),
            YamlScalarNode { Value: { Length: > 0 } } => [node],
            _ => null,
        };
        if (items is null)
        {
            Problem(node, "list", $"'{key}' must be a list");
            return result;
        }

        foreach (var item in items)
        {
            var accepted = item is YamlScalarNode { Value: { } text } ? accept(text.Trim()) : null;
            if (accepted is null)
            {
                Problem(item, rule, $"'{(item as YamlScalarNode)?.Value ?? item.NodeType.ToString()}' in '{key}' is not {expectation}");
                continue;
            }

            if (!result.Contains(accepted))
            {
                result.Add(accepted);
            }
        }

        Fields[key] = new JsonArray([.. result.Select(v => int.TryParse(v, CultureInfo.InvariantCulture, out var n) && rule == "number" ? JsonValue.Create(n) : (JsonNode)JsonValue.Create(v))]);
        return result;
    }

    /// <summary>A list of mappings, each read by <paramref name="readItem"/> into a JSON object (or null when refused).</summary>
    public List<JsonObject> Objects(string key, Func<YamlMappingNode, JsonObject?> readItem)
    {
        var result = new List<JsonObject>();
        var node = Node(key);
        if (node is null)
        {
            return result;
        }

        if (node is not YamlSequenceNode sequence)
        {
            Problem(node, "list", $"'{key}' must be a list of entries");
            return result;
        }

        foreach (var item in sequence.Children)
        {
            if (item is not YamlMappingNode entry)
            {
                Problem(item, "list", $"each entry of '{key}' must be a mapping");
                continue;
            }

            if (readItem(entry) is { } json)
            {
                result.Add(json);
            }
        }

        Fields[key] = new JsonArray([.. result]);
        return result;
    }

    /// <summary>A mapping field such as <c>period</c>: returns it, or null (with a problem) when it is not one.</summary>
    public YamlMappingNode? Mapping(string key)
    {
        var node = Node(key);
        if (node is null)
        {
            return null;
        }

        if (node is not YamlMappingNode mapping)
        {
            Problem(node, "mapping", $"'{key}' must be a mapping");
            return null;
        }

        return mapping;
    }

    /// <summary>Every key the rules did not ask for is refused, so that a misspelt field is not silently lost.</summary>
    public void RefuseUnknown(string type)
    {
        foreach (var (key, _) in map.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!read.Contains(name))
            {
                Problem(key, "unknown-field", $"'{name}' is not a field of {type}");
            }
        }
    }

    public static string? ScalarOf(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { } value } ? value.Trim() : null;

    public static int Line(YamlNode node) => (int)node.Start.Line + 1;

    public static bool IsWebUrl(string value) =>
        value.Length <= 2000 && Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    public static partial Regex IdentifierPattern();

    private void RequireWhere(bool required, string key)
    {
        if (required && !Has(key))
        {
            problems.Add(new ImportProblem(file, 1, "required-field", $"'{key}' is required"));
        }
    }

    private string? Scalar(string key)
    {
        var node = Node(key);
        if (node is null)
        {
            return null;
        }

        if (node is not YamlScalarNode { Value: { } value } || value.Trim().Length == 0)
        {
            Problem(node, "text", $"'{key}' must be a single value");
            return null;
        }

        return value.Trim();
    }

    private YamlNode? Node(string key)
    {
        read.Add(key);
        if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node))
        {
            return null;
        }

        return node is YamlScalarNode { Value: null or "" or "~" or "null" } ? null : node;
    }
}
