namespace Portal.Admin.Content;

/// <summary>
/// The editor's form as the browser sends it: the identity of CONTRACT section 3 and the body by
/// name, every field of the type's descriptor under its front-matter key. It is turned into front
/// matter and read by the import's own reader, which alone decides what is valid.
/// </summary>
public sealed class ContentForm
{
    public string? Id { get; set; }
    public string? Culture { get; set; }
    public string? Title { get; set; }
    public string? Slug { get; set; }
    public string? Summary { get; set; }
    public string? Published { get; set; }
    public string? Body { get; set; }

    /// <summary>
    /// Each field's values by its front-matter key (<c>Form.Fields[starts]</c>): one for a single
    /// value, one per choice for a list; tags are one text, separated by commas.
    /// </summary>
    public Dictionary<string, List<string?>> Fields { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Sources, partners and a period by key (<c>Form.Entries[partners][0][role]</c>): each entry's
    /// parts under the keys of <see cref="Portal.Content.Types.FieldDescriptor.EntryKeys"/>.
    /// </summary>
    public Dictionary<string, List<Dictionary<string, string?>>> Entries { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Why this version was written, kept in the history.</summary>
    public string? Note { get; set; }

    /// <summary>The item's revision when the form was opened: a save is refused when it has moved on.</summary>
    public int Revision { get; set; }

    /// <summary>The field's first value, as a single-valued control shows it.</summary>
    public string? Value(string key) => Fields.GetValueOrDefault(key)?.FirstOrDefault();

    public IReadOnlyList<string> Values(string key) => [.. (Fields.GetValueOrDefault(key) ?? []).OfType<string>()];

    public IReadOnlyList<Dictionary<string, string?>> EntriesOf(string key) => Entries.GetValueOrDefault(key) ?? [];
}
