using System.Text.Json.Nodes;
using Portal.Content.Model;
using Portal.Content.Taxonomies;

namespace Portal.Content.Publishing;

/// <summary>Derives the filterable terms of a version from its fields; regions come from the countries.</summary>
public sealed class ContentTermBuilder(Taxonomy taxonomy)
{
    private static readonly (string Field, string Kind)[] ListFields =
    [
        ("clusters", TermKinds.Cluster),
        ("countries", TermKinds.Country),
        ("cities", TermKinds.City),
        ("organizations", TermKinds.Organization),
        ("hazards", TermKinds.Hazard),
        ("sdgs", TermKinds.Sdg),
        ("tags", TermKinds.Tag),
    ];

    public IEnumerable<(string Kind, string Value)> Terms(string fieldsJson)
    {
        var fields = JsonNode.Parse(fieldsJson)!.AsObject();
        var terms = new HashSet<(string Kind, string Value)>();
        foreach (var (field, kind) in ListFields)
        {
            if (fields[field] is JsonArray values)
            {
                foreach (var value in values)
                {
                    terms.Add((kind, value!.ToString()));
                }
            }
        }

        if (fields["country"] is JsonValue cityCountry)
        {
            terms.Add((TermKinds.Country, cityCountry.ToString()));
        }

        foreach (var (_, code) in terms.Where(t => t.Kind == TermKinds.Country).ToList())
        {
            if (taxonomy.Countries.TryGetValue(code, out var country))
            {
                foreach (var area in country.Areas())
                {
                    terms.Add((TermKinds.Region, area));
                }
            }
        }

        return terms;
    }
}
