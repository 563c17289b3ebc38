namespace Portal.Content.Types;

/// <summary>A body written to its type's <see cref="ContentTypeDescriptor.Outline"/>: the outline to start from, and whether anything was written under it.</summary>
public static class OutlineBody
{
    /// <summary>The outline's headings as Markdown, with room under each; empty for a type without one.</summary>
    public static string Template(ContentTypeDescriptor type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return string.Concat(type.Outline.Select(heading => $"## {heading}\n\n\n"));
    }

    /// <summary>
    /// Whether a body of a type with an outline says nothing: blank, or its headings alone (the
    /// outline a new item starts with, saved as it was). A type without an outline may have an empty body.
    /// </summary>
    public static bool IsEmpty(ContentTypeDescriptor type, string? body)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type.Outline.Count == 0)
        {
            return false;
        }

        return (body ?? "").Split('\n').Select(line => line.Trim()).All(line => line.Length == 0 || line.StartsWith('#'));
    }
}
