using Portal.Content.Types;

namespace Portal.Admin.Content;

/// <summary>A decision to publish refused for what the item's text lacks, which the editor then shows beside the field it is about.</summary>
public static class PublishRefusals
{
    /// <summary>The <c>refused</c> value of the editor's address after a refused publication of an outline with nothing under it.</summary>
    public const string EmptyBody = "empty-body";

    public static EditorProblem EmptyBodyProblem(ContentTypeDescriptor type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return new EditorProblem("body", "required-body",
            $"Nothing was published: the body is empty. Write the {string.Join(", ", type.Outline)} under their headings, save, then publish.");
    }
}
