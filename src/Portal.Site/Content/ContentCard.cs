using System.Text.Json.Nodes;

namespace Portal.Site.Content;

/// <summary>One published item in the culture it is shown in, with its front matter.</summary>
public sealed record ContentCard(
    string Id, string Type, string Slug, string Title, string? Summary, string Url, string Culture, DateTime? Published, JsonObject Fields)
{
    public IEnumerable<string> List(string field) =>
        Fields[field] is JsonArray values ? values.Select(v => v?.ToString() ?? "").Where(v => v.Length > 0) : [];

    public string? Text(string field) => Fields[field] is JsonValue value ? value.ToString() : null;
}
