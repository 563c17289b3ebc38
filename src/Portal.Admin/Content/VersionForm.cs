using Portal.Content.Model;
using Portal.Content.Types;

namespace Portal.Admin.Content;

/// <summary>
/// Fills the editor's form from a stored version: its identity and each of its type's fields from the
/// fields the version parsed once (<see cref="ContentVersion.Fields"/>), and its body.
/// </summary>
public static class VersionForm
{
    public static ContentForm From(ContentTypeDescriptor type, ContentVersion version)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(version);
        var fields = version.Fields;
        var form = new ContentForm
        {
            Id = fields.Text("id"),
            Culture = fields.Text("culture"),
            Title = fields.Text("title"),
            Slug = fields.Text("slug"),
            Summary = fields.Text("summary"),
            Published = fields.Text("published"),
            Body = version.Body,
        };
        foreach (var field in type.Fields)
        {
            if (field.EntryKeys.Count > 0)
            {
                if (fields.Entries(field.Name) is { Count: > 0 } entries)
                {
                    form.Entries[field.Name] = [.. entries.Select(e => e.ToDictionary(p => p.Key, p => (string?)p.Value, StringComparer.Ordinal))];
                }
            }
            else if (fields.Text(field.Name) is { } text)
            {
                form.Fields[field.Name] = [text];
            }
            else if (fields.List(field.Name) is { Count: > 0 } list)
            {
                form.Fields[field.Name] = [.. list];
            }
        }

        return form;
    }
}
