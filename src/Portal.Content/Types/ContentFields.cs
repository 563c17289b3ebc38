using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Content.Import;

namespace Portal.Content.Types;

/// <summary>
/// The front-matter fields of one version, parsed once from the stored JSON into typed values: what
/// pages, feeds, the API, the calendar, the search document and digests read.
/// </summary>
public sealed class ContentFields
{
    private static readonly IReadOnlyDictionary<string, string> NoEntry = FrozenDictionary<string, string>.Empty;
    private readonly FrozenDictionary<string, JsonValue> scalars;
    private readonly FrozenDictionary<string, string[]> lists;
    private readonly FrozenDictionary<string, IReadOnlyDictionary<string, string>[]> entries;

    private ContentFields(string json, JsonObject fields)
    {
        Json = json;
        var scalar = new Dictionary<string, JsonValue>(StringComparer.Ordinal);
        var list = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var entry = new Dictionary<string, IReadOnlyDictionary<string, string>[]>(StringComparer.Ordinal);
        foreach (var (name, node) in fields)
        {
            switch (node)
            {
                case JsonValue value:
                    scalar[name] = value;
                    break;
                case JsonObject mapping:
                    entry[name] = [Entry(mapping)];
                    break;
                case JsonArray array when array.All(v => v is JsonObject):
                    entry[name] = [.. array.Select(v => Entry((JsonObject)v!))];
                    break;
                case JsonArray array:
                    list[name] = [.. array.Select(v => v?.ToString() ?? "").Where(v => v.Length > 0)];
                    break;
            }
        }

        scalars = scalar.ToFrozenDictionary(StringComparer.Ordinal);
        lists = list.ToFrozenDictionary(StringComparer.Ordinal);
        entries = entry.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static ContentFields Empty { get; } = new("{}", []);

    /// <summary>The fields as stored: the normalised JSON object the reader wrote.</summary>
    public string Json { get; }

    /// <exception cref="JsonException">The text is not a JSON object.</exception>
    public static ContentFields Parse(string json) =>
        string.IsNullOrEmpty(json) || json == "{}" ? Empty : new ContentFields(json, JsonNode.Parse(json) as JsonObject ?? throw new JsonException("the fields are not a JSON object"));

    /// <summary>A fresh, mutable copy of the stored JSON, for an answer that adds to it.</summary>
    public JsonObject ToJsonObject() => JsonNode.Parse(Json)!.AsObject();

    /// <summary>A single value as the file gave it, normalised (numbers in invariant form, booleans as true or false).</summary>
    public string? Text(string name) => scalars.TryGetValue(name, out var value) ? Invariant(value) : null;

    public bool? Boolean(string name) => scalars.TryGetValue(name, out var value) && value.TryGetValue<bool>(out var flag) ? flag : null;

    public double? Number(string name) => scalars.TryGetValue(name, out var value) && value.TryGetValue<double>(out var number) ? number : null;

    public IReadOnlyList<string> List(string name) => lists.TryGetValue(name, out var values) ? values : [];

    /// <summary>A list of entries (sources, partners), each a mapping of texts.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Entries(string name) => entries.TryGetValue(name, out var values) ? values : [];

    /// <summary>A mapping field (a period), or an empty mapping.</summary>
    public IReadOnlyDictionary<string, string> Entry(string name) => entries.TryGetValue(name, out var values) && values.Length == 1 ? values[0] : NoEntry;

    public TimeZoneInfo? Zone(string? zoneField) =>
        zoneField is not null && Text(zoneField) is { } name && TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone) ? zone : null;

    /// <summary>A date field read as the reader read it: in the zone of its zone field where it has no offset.</summary>
    public PartialDate? Date(FieldDescriptor field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return Text(field.Name) is { } text && PartialDate.TryParse(text, Zone(field.ZoneField), out var date) ? date : null;
    }

    /// <summary>When the item begins, by its type's schedule; null for a type without one.</summary>
    public DateTime? StartUtc(ContentTypeDescriptor type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.Schedule is { } span && Text(span.StartField) is { } text && PartialDate.TryParse(text, Zone(span.ZoneField), out var date) ? date.StartUtc : null;
    }

    /// <summary>When the item is over (the end of its last day or period), by its type's schedule.</summary>
    public DateTime? EndUtc(ContentTypeDescriptor type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type.Schedule is not { } span)
        {
            return null;
        }

        var zone = Zone(span.ZoneField);
        var field = span.EndField is not null && Text(span.EndField) is not null ? span.EndField : span.StartField;
        return Text(field) is { } text && PartialDate.TryParse(text, zone, out var date) ? date.EndUtc : null;
    }

    private static string Invariant(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.String => value.GetValue<string>(),
        JsonValueKind.Number => value.GetValue<double>().ToString(CultureInfo.InvariantCulture),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.ToJsonString(),
    };

    private static FrozenDictionary<string, string> Entry(JsonObject mapping) =>
        mapping.Where(p => p.Value is JsonValue).ToFrozenDictionary(p => p.Key, p => Invariant((JsonValue)p.Value!), StringComparer.Ordinal);
}
