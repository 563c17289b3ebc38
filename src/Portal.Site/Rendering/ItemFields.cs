using Portal.Content.Taxonomies;
using Portal.Content.Types;
using Portal.Site.Content;

namespace Portal.Site.Rendering;

/// <summary>
/// What an item page's template sees of the item's fields: one value per field of its type, under
/// the field's name, shaped by the field's kind (references as links to the items named, countries,
/// hazards and numbered lists named in the culture, a choice as the theme's word for it).
/// </summary>
public static class ItemFields
{
    /// <summary>The items the fields name (references, partners), to read in one query.</summary>
    public static IEnumerable<string> ReferencedIds(ContentTypeDescriptor type, ContentCard card)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(card);
        return type.Fields.SelectMany(f => f.Kind switch
        {
            FieldKind.References => card.List(f.Name),
            FieldKind.Partners => card.Fields.Entries(f.Name).Select(p => p.GetValueOrDefault(EntryParts.Ref) ?? ""),
            _ => [],
        });
    }

    /// <summary>
    /// Adds every field to the model under its name, and <c>countries</c>: every country the item names
    /// by any of its country fields (a city's one country, a case study's several).
    /// </summary>
    public static void AddTo(LiquidModel model, ContentTypeDescriptor type, ContentCard card, IReadOnlyDictionary<string, ContentCard> found, Taxonomy taxonomy, SiteCulture culture, IReadOnlyDictionary<string, string> words)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(card);
        foreach (var field in type.Fields)
        {
            model[field.Name] = field.Kind switch
            {
                FieldKind.References => Views.References(card.List(field.Name), found),
                FieldKind.Country => card.Text(field.Name) is { } code ? Views.Countries([code], taxonomy, culture)[0] : null,
                FieldKind.Countries => Views.Countries(card.List(field.Name), taxonomy, culture),
                FieldKind.Hazards => Views.Hazards(card.List(field.Name), taxonomy, culture),
                FieldKind.Numbers => Views.Numbers(field, card, taxonomy, culture),
                FieldKind.Partners => Partners(field, card, found, words),
                FieldKind.Sources => Views.Sources(field, card),
                FieldKind.Tags => card.List(field.Name).ToList(),
                _ => Scalar(field, card, culture, words),
            };
        }

        var countries = type.Fields.Where(f => f.Kind is FieldKind.Country or FieldKind.Countries)
            .SelectMany(f => f.Kind == FieldKind.Country ? card.Text(f.Name) is { } one ? [one] : [] : card.List(f.Name));
        model["countries"] = Views.Countries(countries, taxonomy, culture);
    }

    /// <summary>A field of one value: a choice as its word (<c>status_ongoing</c>), a period as its span, a flag as true or false, anything else as written.</summary>
    public static object? Scalar(FieldDescriptor field, ContentCard card, SiteCulture culture, IReadOnlyDictionary<string, string> words)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(words);
        return field.Kind switch
        {
            FieldKind.Boolean => card.Fields.Boolean(field.Name) == true,
            FieldKind.Choice => card.Text(field.Name) is { } value ? words.GetValueOrDefault($"{field.Name}_{value}", value) : null,
            FieldKind.Period => Views.Period(card.Fields.Entry(field.Name), culture, words) is { Length: > 0 } period ? period : null,
            _ => card.Text(field.Name),
        };
    }

    /// <summary>The partners the site has, named and linked, with the theme's word for their role (<c>role_provider</c>).</summary>
    private static List<LiquidModel> Partners(FieldDescriptor field, ContentCard card, IReadOnlyDictionary<string, ContentCard> found, IReadOnlyDictionary<string, string> words) =>
        [.. card.Fields.Entries(field.Name)
            .Select(p => (Ref: p.GetValueOrDefault(EntryParts.Ref) ?? "", Role: p.GetValueOrDefault(EntryParts.Role) ?? ""))
            .Where(p => found.ContainsKey(p.Ref))
            .Select(p => new LiquidModel { ["name"] = found[p.Ref].Title, ["url"] = found[p.Ref].Url, ["role"] = words.GetValueOrDefault("role_" + p.Role, p.Role) })];
}
