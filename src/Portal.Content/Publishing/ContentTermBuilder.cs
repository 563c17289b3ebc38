using Portal.Content.Model;
using Portal.Content.Taxonomies;
using Portal.Content.Types;

namespace Portal.Content.Publishing;

/// <summary>Derives the filterable terms of a version from the fields its type declares as terms; regions come from the countries.</summary>
public sealed class ContentTermBuilder(Taxonomy taxonomy, ContentTypeCatalog types)
{
    public IReadOnlyList<(string Kind, string Value)> Terms(string type, ContentFields fields) => Terms(types[type], fields);

    /// <remarks>The read model asks this of every public item at start-up, so it builds one small list and no set: an item has a dozen terms.</remarks>
    public IReadOnlyList<(string Kind, string Value)> Terms(ContentTypeDescriptor type, ContentFields fields)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(fields);
        var terms = new List<(string Kind, string Value)>(16);
        foreach (var field in type.TermFields)
        {
            if (field.Kind is FieldKind.Text or FieldKind.Choice or FieldKind.Country)
            {
                if (fields.Text(field.Name) is { } one)
                {
                    AddOnce(terms, field.TermKind!, one);
                }

                continue;
            }

            foreach (var value in fields.List(field.Name))
            {
                AddOnce(terms, field.TermKind!, value);
            }
        }

        for (var i = terms.Count - 1; i >= 0; i--)
        {
            if (terms[i].Kind == TermKinds.Country && taxonomy.Countries.TryGetValue(terms[i].Value, out var country))
            {
                foreach (var area in country.Areas())
                {
                    AddOnce(terms, TermKinds.Region, area);
                }
            }
        }

        return terms;
    }

    private static void AddOnce(List<(string Kind, string Value)> terms, string kind, string? value)
    {
        if (!string.IsNullOrEmpty(value) && !terms.Contains((kind, value)))
        {
            terms.Add((kind, value));
        }
    }
}
