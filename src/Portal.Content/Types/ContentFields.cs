using System.Globalization;
using System.Text.Json;
using Portal.Content.Import;

namespace Portal.Content.Types;

/// <summary>
/// The front-matter fields of one version, parsed once from the stored JSON into typed values: what
/// pages, feeds, the API, the calendar, the search document and digests read. The read model keeps one
/// per public item, so it is small: a few arrays searched in order (an item has a dozen fields), the
/// names and the list values shared between items, no JSON tree; at 100,000 items the frozen
/// dictionaries and JSON nodes it held before took a gigabyte and most of the site's start-up.
/// </summary>
public sealed class ContentFields
{
    private static readonly IReadOnlyDictionary<string, string> NoEntry = new Dictionary<string, string>();
    private static readonly SharedStrings Shared = new();
    private readonly Scalar[] scalars;
    private readonly (string Name, string[] Values)[] lists;
    private readonly (string Name, IReadOnlyDictionary<string, string>[] Values)[] entries;

    private ContentFields(Scalar[] scalars, (string, string[])[] lists, (string, IReadOnlyDictionary<string, string>[])[] entries)
    {
        this.scalars = scalars;
        this.lists = lists;
        this.entries = entries;
    }

    public static ContentFields Empty { get; } = new([], [], []);

    /// <exception cref="JsonException">The text is not a JSON object.</exception>
    public static ContentFields Parse(string json)
    {
        if (string.IsNullOrEmpty(json) || json == "{}")
        {
            return Empty;
        }

        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("the fields are not a JSON object");
        }

        var scalar = new List<Scalar>(16);
        var list = new List<(string, string[])>(8);
        var entry = new List<(string, IReadOnlyDictionary<string, string>[])>(4);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            var node = property.Value;
            switch (node.ValueKind)
            {
                case JsonValueKind.Object:
                    entry.Add((Name(property), [Entry(node)]));
                    break;
                case JsonValueKind.Array when AllObjects(node):
                    entry.Add((Name(property), Entries(node)));
                    break;
                case JsonValueKind.Array:
                    list.Add((Name(property), Values(node)));
                    break;
                case JsonValueKind.Null or JsonValueKind.Undefined:
                    break;
                default:
                    scalar.Add(new Scalar(Name(property), Invariant(node), node.ValueKind));
                    break;
            }
        }

        return new ContentFields([.. scalar], [.. list], [.. entry]);
    }

    /// <summary>A single value as the file gave it, normalised (numbers in invariant form, booleans as true or false).</summary>
    public string? Text(string name) => Find(name) is { } value ? value.Text : null;

    public bool? Boolean(string name) => Find(name) is { Kind: JsonValueKind.True or JsonValueKind.False } value ? value.Kind == JsonValueKind.True : null;

    public double? Number(string name) =>
        Find(name) is { Kind: JsonValueKind.Number } value && double.TryParse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;

    public IReadOnlyList<string> List(string name)
    {
        foreach (var (key, values) in lists)
        {
            if (key == name)
            {
                return values;
            }
        }

        return [];
    }

    /// <summary>A list of entries (sources, partners), each a mapping of texts.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Entries(string name)
    {
        foreach (var (key, values) in entries)
        {
            if (key == name)
            {
                return values;
            }
        }

        return [];
    }

    /// <summary>A mapping field (a period), or an empty mapping.</summary>
    public IReadOnlyDictionary<string, string> Entry(string name) => Entries(name) is [var single] ? single : NoEntry;

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

    /// <summary>
    /// The start of what the item reports, by its type's own date field (<see cref="ContentTypeDescriptor.OwnDateField"/>:
    /// a period's start, an event's start); null where the type has none or the item leaves it empty.
    /// </summary>
    public PartialDate? OwnDate(ContentTypeDescriptor type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type.OwnDateField is not { } field)
        {
            return null;
        }

        var text = field.Kind == FieldKind.Period ? Entry(field.Name).GetValueOrDefault(EntryParts.Start) : Text(field.Name);
        return text is not null && PartialDate.TryParse(text, Zone(field.ZoneField), out var date) ? date : null;
    }

    /// <summary>
    /// The year the item belongs to in filters and facets: that of its own date, else of its
    /// publication (a news item's date is its <c>published</c>).
    /// </summary>
    public int? OwnYear(ContentTypeDescriptor type, DateTime? publishedUtc)
    {
        // The year as written, in the item's own zone: an event at 08:00 on 1 January in Shanghai is
        // still in the old year in UTC, but nobody there would file it under that year.
        if (OwnDate(type) is { } date && int.TryParse(date.Text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return year;
        }

        return publishedUtc?.Year;
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

    private Scalar? Find(string name)
    {
        foreach (var value in scalars)
        {
            if (value.Name == name)
            {
                return value;
            }
        }

        return null;
    }

    private static string Invariant(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Number => value.GetDouble().ToString(CultureInfo.InvariantCulture),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };

    // The loops below stand where LINQ would read better: the read model parses every public item at
    // start-up, and each enumerator and lambda LINQ allocated there was garbage the collector then had
    // to step over, on the way to the items it keeps.
    private static string Name(JsonProperty property) => Shared.Get(property.Name);

    private static bool AllObjects(JsonElement array)
    {
        if (array.GetArrayLength() == 0)
        {
            return false;
        }

        foreach (var value in array.EnumerateArray())
        {
            if (value.ValueKind != JsonValueKind.Object)
            {
                return false;
            }
        }

        return true;
    }

    private static IReadOnlyDictionary<string, string>[] Entries(JsonElement array)
    {
        var entries = new IReadOnlyDictionary<string, string>[array.GetArrayLength()];
        var i = 0;
        foreach (var value in array.EnumerateArray())
        {
            entries[i++] = Entry(value);
        }

        return entries;
    }

    private static string[] Values(JsonElement array)
    {
        var values = new List<string>(array.GetArrayLength());
        foreach (var value in array.EnumerateArray())
        {
            if (value.ValueKind != JsonValueKind.Null && Shared.Get(Invariant(value)) is { Length: > 0 } text)
            {
                values.Add(text);
            }
        }

        return [.. values];
    }

    private static Dictionary<string, string> Entry(JsonElement mapping)
    {
        var count = 0;
        foreach (var part in mapping.EnumerateObject())
        {
            count += Kept(part.Value) ? 1 : 0;
        }

        var entry = new Dictionary<string, string>(count, StringComparer.Ordinal);
        foreach (var part in mapping.EnumerateObject())
        {
            if (Kept(part.Value))
            {
                entry[Name(part)] = Invariant(part.Value);
            }
        }

        return entry;
    }

    private static bool Kept(JsonElement part) => part.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.Null);

    private readonly record struct Scalar(string Name, string Text, JsonValueKind Kind);
}
