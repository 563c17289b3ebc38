using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Content.Model;
using Portal.Content.Taxonomies;
using Portal.Site.Content;

namespace Portal.Site.Rendering;

/// <summary>Turns content into what templates see.</summary>
public static class Views
{
    public static LiquidModel Card(ContentCard card, SiteCulture culture, IReadOnlyDictionary<string, string> words)
    {
        var model = new LiquidModel
        {
            ["id"] = card.Id,
            ["type"] = card.Type,
            ["type_name"] = words.GetValueOrDefault("type_" + card.Type, card.Type),
            ["title"] = card.Title,
            ["summary"] = card.Summary is { } summary ? Truncate(summary, 220) : null,
            ["url"] = card.Url,
            ["culture"] = card.Culture,
            ["dir"] = SiteCulture.DirOf(card.Culture),
            ["fallback"] = card.Culture != culture.Code,
            ["published"] = Formats.Date(card.Published, culture, words),
            ["published_iso"] = card.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        if (card.Type == ContentTypes.Event)
        {
            model["when"] = Formats.EventDate(card.Text("starts"), card.Text("ends"), card.Text("timezone"), culture, words);
            model["venue"] = card.Text("venue");
            model["online"] = card.Fields["online"] is JsonValue online && online.TryGetValue<bool>(out var isOnline) && isOnline;
        }

        return model;
    }

    public static List<LiquidModel> Cards(IEnumerable<ContentCard> cards, SiteCulture culture, IReadOnlyDictionary<string, string> words) =>
        [.. cards.Select(c => Card(c, culture, words))];

    public static string Truncate(string text, int length) =>
        text.Length <= length ? text : string.Concat(text.AsSpan(0, text.LastIndexOf(' ', length) is > 0 and var space && space > length / 2 ? space : length), "…");

    public static LiquidModel Link(string name, string? url) => new() { ["name"] = name, ["url"] = url };

    public static List<LiquidModel> Countries(ContentCard card, Taxonomy taxonomy, SiteCulture culture) =>
        [.. card.List("countries").Concat(card.Text("country") is { } one ? [one] : []).Distinct(StringComparer.Ordinal)
            .Select(code => Link(taxonomy.Countries.TryGetValue(code, out var c) ? c.Name.In(culture.Code) : code, culture.Path($"/case-studies?country={code}")))];

    public static List<LiquidModel> Hazards(ContentCard card, Taxonomy taxonomy, SiteCulture culture) =>
        [.. card.List("hazards").Select(id => Link(taxonomy.Hazards.TryGetValue(id, out var h) ? h.Name.In(culture.Code) : id, culture.Path($"/case-studies?hazard={id}")))];

    public static List<LiquidModel> Sdgs(ContentCard card, Taxonomy taxonomy, SiteCulture culture) =>
        [.. Numbers(card, "sdgs").Select(n => Numbered(n, taxonomy.Sdgs, culture, $"/case-studies?sdg={n}"))];

    public static List<LiquidModel> Essentials(ContentCard card, Taxonomy taxonomy, SiteCulture culture) =>
        [.. Numbers(card, "essentials").Select(n => Numbered(n, taxonomy.Essentials, culture, null))];

    /// <summary>References to other items (cities, organizations...), titled in the culture, in front-matter order.</summary>
    public static List<LiquidModel> References(IEnumerable<string> ids, IReadOnlyDictionary<string, ContentCard> found) =>
        [.. ids.Where(found.ContainsKey).Select(id => Link(found[id].Title, found[id].Url))];

    public static List<LiquidModel> Sources(ContentCard card) =>
        card.Fields["sources"] is JsonArray sources
            ? [.. sources.OfType<JsonObject>().Select(s => Link(s["title"]?.ToString() ?? "", s["url"]?.ToString()))]
            : [];

    public static string JsonLd(JsonObject data)
    {
        data["@context"] = "https://schema.org";
        return data.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    private static IEnumerable<int> Numbers(ContentCard card, string field) =>
        card.List(field).Select(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).Where(n => n > 0);

    private static LiquidModel Numbered(int number, IReadOnlyDictionary<int, NumberedTerm> terms, SiteCulture culture, string? path) => new()
    {
        ["number"] = number.ToString(culture.Format),
        ["name"] = terms.TryGetValue(number, out var term) ? term.Name.In(culture.Code) : number.ToString(CultureInfo.InvariantCulture),
        ["colour"] = term?.Colour,
        ["url"] = path is null ? null : culture.Path(path),
    };
}
