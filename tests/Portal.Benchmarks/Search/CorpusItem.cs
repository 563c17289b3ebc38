using System.Text.Json;

namespace Portal.Benchmarks.Search;

/// <summary>A public item as the query set is drawn from it: its culture, its words, and the facet values it has.</summary>
public sealed record CorpusItem(string Type, string Culture, string Text, IReadOnlyList<string> Clusters, IReadOnlyList<string> Countries, IReadOnlyList<string> Hazards)
{
    /// <param name="fieldsJson">The version's front-matter fields; a city's one <c>country</c> counts as its countries.</param>
    public static CorpusItem From(string type, string culture, string title, string? summary, string fieldsJson)
    {
        using var fields = JsonDocument.Parse(fieldsJson);
        var root = fields.RootElement;
        var countries = root.TryGetProperty("country", out var one) ? [one.GetString()!] : List(root, "countries");
        return new CorpusItem(type, culture, $"{title} {summary}", List(root, "clusters"), countries, List(root, "hazards"));
    }

    private static string[] List(JsonElement fields, string name) =>
        fields.TryGetProperty(name, out var values) && values.ValueKind == JsonValueKind.Array
            ? [.. values.EnumerateArray().Select(v => v.ToString())]
            : [];
}
