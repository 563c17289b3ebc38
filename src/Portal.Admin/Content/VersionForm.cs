using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portal.Admin.Content;

/// <summary>
/// Fills the editor's form from a stored version: its front-matter fields as the reader normalised
/// them, and its body. Each value goes where its shape puts it (a list of texts, a list of entries,
/// one entry, one value), so a type's new field needs nothing here.
/// </summary>
public static class VersionForm
{
    private static readonly HashSet<string> Identity = new(StringComparer.Ordinal) { "type", "id", "culture", "title", "slug", "summary", "published" };

    public static ContentForm From(string fieldsJson, string body)
    {
        var fields = JsonNode.Parse(fieldsJson) as JsonObject ?? [];
        var form = new ContentForm
        {
            Id = Text(fields["id"]),
            Culture = Text(fields["culture"]),
            Title = Text(fields["title"]),
            Slug = Text(fields["slug"]),
            Summary = Text(fields["summary"]),
            Published = Text(fields["published"]),
            Body = body,
        };
        foreach (var (key, node) in fields.Where(f => !Identity.Contains(f.Key)))
        {
            switch (node)
            {
                case JsonArray values when values.Any(v => v is JsonObject):
                    form.Entries[key] = [.. values.OfType<JsonObject>().Select(Entry)];
                    break;
                case JsonArray values:
                    form.Fields[key] = [.. values.Select(Text).OfType<string>()];
                    break;
                case JsonObject entry:
                    form.Entries[key] = [Entry(entry)];
                    break;
                default:
                    if (Text(node) is { } text)
                    {
                        form.Fields[key] = [text];
                    }

                    break;
            }
        }

        return form;
    }

    private static Dictionary<string, string?> Entry(JsonObject entry) =>
        entry.ToDictionary(p => p.Key, p => Text(p.Value), StringComparer.Ordinal);

    private static string? Text(JsonNode? node) => node switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonValue value when value.GetValueKind() == JsonValueKind.Number => value.GetValue<double>().ToString(CultureInfo.InvariantCulture),
        JsonValue value when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False => value.GetValue<bool>() ? "true" : "false",
        _ => null,
    };
}
