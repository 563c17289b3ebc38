using Portal.Content.Types;

namespace Portal.Admin.Content;

/// <summary>The admin's sentences about a content type, from its descriptor's <see cref="ContentTypeDescriptor.Label"/>.</summary>
public static class TypeWords
{
    /// <summary>"New case study".</summary>
    public static string New(ContentTypeCatalog types, string type)
    {
        ArgumentNullException.ThrowIfNull(types);
        return "New " + InSentence(types.Label(type));
    }

    // Inside a sentence a label loses its capital, unless it is an acronym ("UN agency").
    private static string InSentence(string label) =>
        label.Length > 1 && char.IsLower(label[1]) ? char.ToLowerInvariant(label[0]) + label[1..] : label;
}
