using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Content.Taxonomies;
using Portal.Content.Types;
using Portal.Site.Content;

namespace Portal.Site.Rendering;

/// <summary>Turns content into what templates see.</summary>
public static class Views
{
    public static LiquidModel Card(ContentCard card, ContentTypeDescriptor? type, SiteCulture culture, IReadOnlyDictionary<string, string> words)
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
            // Shown on a card in another language than the page's: which one, in the page's words.
            ["language"] = card.Culture != culture.Code ? words.GetValueOrDefault("language_" + card.Culture, card.Culture) : null,
            ["published"] = Formats.Date(card.Published, culture, words),
            ["published_iso"] = card.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        if (type is null)
        {
            return model;
        }

        if (When(type, card, culture, words) is { Length: > 0 } when)
        {
            // Its own date first; the day the portal took it in apart, since for imported items that is one day for all.
            model["when"] = when;
            model["added"] = model["published"];
        }

        foreach (var field in type.Fields.Where(f => f.OnCard))
        {
            model[field.Name] = ItemFields.Scalar(field, card, culture, words);
        }

        return model;
    }

    /// <summary>The item's own date, by its type's <see cref="ContentTypeDescriptor.OwnDateField"/>: an event's dates, a case study's period; null for a type dated by its publication.</summary>
    public static string? When(ContentTypeDescriptor type, ContentCard card, SiteCulture culture, IReadOnlyDictionary<string, string> words)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(card);
        if (type.Schedule is { } span)
        {
            return Formats.EventDate(card.Text(span.StartField), Text(card, span.EndField), Text(card, span.ZoneField), culture, words);
        }

        return type.OwnDateField switch
        {
            { Kind: FieldKind.Period } period => Period(card.Fields.Entry(period.Name), culture, words),
            { } date => Formats.EventDate(card.Text(date.Name), null, Text(card, date.ZoneField), culture, words),
            null => null,
        };
    }

    /// <summary>A period field's value as words ("2013 – ongoing"); empty when the item has none.</summary>
    public static string Period(IReadOnlyDictionary<string, string> period, SiteCulture culture, IReadOnlyDictionary<string, string> words)
    {
        ArgumentNullException.ThrowIfNull(period);
        return Formats.Period(period.GetValueOrDefault(EntryParts.Start), period.GetValueOrDefault(EntryParts.End), culture, words);
    }

    public static List<LiquidModel> Cards(IEnumerable<ContentCard> cards, ContentTypeCatalog catalog, SiteCulture culture, IReadOnlyDictionary<string, string> words) =>
        [.. cards.Select(c => Card(c, catalog.Find(c.Type), culture, words))];

    public static string Truncate(string text, int length) =>
        text.Length <= length ? text : string.Concat(text.AsSpan(0, text.LastIndexOf(' ', length) is > 0 and var space && space > length / 2 ? space : length), "…");

    public static LiquidModel Link(string name, string? url) => new() { ["name"] = name, ["url"] = url };

    /// <summary>Countries, each linked to the case studies of the country.</summary>
    public static List<LiquidModel> Countries(IEnumerable<string> codes, Taxonomy taxonomy, SiteCulture culture) =>
        [.. codes.Distinct(StringComparer.Ordinal)
            .Select(code => Link(taxonomy.Countries.TryGetValue(code, out var c) ? c.Name.In(culture.Code) : code, culture.Path($"/case-studies?country={code}")))];

    public static List<LiquidModel> Hazards(IEnumerable<string> ids, Taxonomy taxonomy, SiteCulture culture) =>
        [.. ids.Select(id => Link(taxonomy.Hazards.TryGetValue(id, out var h) ? h.Name.In(culture.Code) : id, culture.Path($"/case-studies?hazard={id}")))];

    /// <summary>Numbers of a list (SDGs, the Ten Essentials), named; linked to the case studies filed under it when the field is a term.</summary>
    public static List<LiquidModel> Numbers(FieldDescriptor field, ContentCard card, Taxonomy taxonomy, SiteCulture culture)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(taxonomy);
        var terms = field.Numbers == NumberedList.Essentials ? taxonomy.Essentials : taxonomy.Sdgs;
        return [.. card.List(field.Name).Select(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).Where(n => n > 0)
            .Select(n => Numbered(n, terms, culture, field.TermKind is { } kind ? $"/case-studies?{kind}={n}" : null))];
    }

    /// <summary>References to other items (cities, organizations...), titled in the culture, in front-matter order.</summary>
    public static List<LiquidModel> References(IEnumerable<string> ids, IReadOnlyDictionary<string, ContentCard> found) =>
        [.. ids.Where(found.ContainsKey).Select(id => Link(found[id].Title, found[id].Url))];

    public static List<LiquidModel> Sources(FieldDescriptor field, ContentCard card) =>
        [.. card.Fields.Entries(field.Name).Select(s => Link(s.GetValueOrDefault("title") ?? "", s.GetValueOrDefault("url")))];

    public static string JsonLd(JsonObject data)
    {
        data["@context"] = "https://schema.org";
        return data.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    private static string? Text(ContentCard card, string? field) => field is null ? null : card.Text(field);

    private static LiquidModel Numbered(int number, IReadOnlyDictionary<int, NumberedTerm> terms, SiteCulture culture, string? path) => new()
    {
        ["number"] = number.ToString(culture.Format),
        ["name"] = terms.TryGetValue(number, out var term) ? term.Name.In(culture.Code) : number.ToString(CultureInfo.InvariantCulture),
        ["colour"] = term?.Colour,
        ["url"] = path is null ? null : culture.Path(path),
    };
}
