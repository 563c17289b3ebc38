using System.Text.Json.Nodes;
using Portal.Content.Model;

namespace Portal.Admin.History;

/// <summary>A version as the lines a comparison shows: title, slug and summary, each other field on its own line, then the body.</summary>
public static class VersionText
{
    private static readonly HashSet<string> Shown = new(StringComparer.Ordinal) { "type", "id", "culture", "title", "slug", "summary" };

    public static IReadOnlyList<string> Lines(ContentVersion version)
    {
        var lines = new List<string> { $"title: {version.Title}", $"slug: {version.Slug}" };
        lines.AddRange((version.Summary ?? "").Split('\n').Select(line => $"summary: {line}"));
        if (JsonNode.Parse(version.FieldsJson) is JsonObject fields)
        {
            foreach (var (key, value) in fields.Where(f => !Shown.Contains(f.Key)))
            {
                lines.Add($"{key}: {value?.ToJsonString() ?? "null"}");
            }
        }

        lines.Add("body:");
        lines.AddRange(version.Body.Split('\n'));
        return lines;
    }
}
