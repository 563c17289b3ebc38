using Portal.Content.Types;

namespace Portal.Admin.Content;

/// <summary>The items the editor's pickers offer, by type: those the type's references may name, read once per page.</summary>
public sealed class EditorChoices(IReadOnlyDictionary<string, IReadOnlyList<Choice>> itemsByType)
{
    /// <summary>What a reference or partner field offers: the items of every type it may name.</summary>
    public IReadOnlyList<Choice> For(FieldDescriptor field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return [.. field.ReferenceTypes.SelectMany(t => itemsByType.GetValueOrDefault(t) ?? [])];
    }
}
