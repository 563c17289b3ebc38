using Portal.Content.Model;
using Portal.Content.Taxonomies;
using Portal.Content.Types;

namespace Portal.Content.Publishing;

/// <summary>Derives the filterable terms of a version from the fields its type declares as terms; regions come from the countries.</summary>
public sealed class ContentTermBuilder(Taxonomy taxonomy, ContentTypeCatalog types)
{
    public IEnumerable<(string Kind, string Value)> Terms(string type, ContentFields fields) => Terms(types[type], fields);

    public IEnumerable<(string Kind, string Value)> Terms(ContentTypeDescriptor type, ContentFields fields)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(fields);
        var terms = new HashSet<(string Kind, string Value)>();
        foreach (var field in type.TermFields)
        {
            if (field.Kind is FieldKind.Text or FieldKind.Choice or FieldKind.Country)
            {
                if (fields.Text(field.Name) is { } one)
                {
                    terms.Add((field.TermKind!, one));
                }

                continue;
            }

            foreach (var value in fields.List(field.Name))
            {
                terms.Add((field.TermKind!, value));
            }
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
