using Portal.Content.Import;

namespace Portal.Admin.Content;

/// <summary>The form read by the import's rules: the document to save, or what is wrong with it.</summary>
public sealed record EditorCheck(ContentDocument? Document, IReadOnlyList<EditorProblem> Problems)
{
    public bool Succeeded => Document is not null;
}
