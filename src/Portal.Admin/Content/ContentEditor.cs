using Portal.Content.Import;
using Portal.Content.Publishing;
using Portal.Content.Types;

namespace Portal.Admin.Content;

/// <summary>Checks the editor's form with the import's rules, and turns an accepted one into a new version's draft.</summary>
public sealed class ContentEditor(ContentValidator validator, ContentTypeCatalog types)
{
    /// <summary>What the rules name as the file; never a path in the content folder.</summary>
    public const string FileName = "editor";

    public async Task<EditorCheck> CheckAsync(string type, ContentForm form, (string ContentId, string Culture)? editing, CancellationToken cancellationToken)
    {
        var text = FrontMatterWriter.Write(types[type], form);
        var result = await validator.CheckAsync(FileName, text.Text, editing, cancellationToken);
        return new EditorCheck(result.Succeeded ? result.Document : null, [.. result.Problems.Select(p => EditorProblem.From(p, text.KeyByLine))]);
    }

    public static ContentDraft Draft(ContentDocument document, string? note) =>
        new(document.Slug, document.Title, document.Summary, document.Body, document.FieldsJson, document.PublishedUtc,
            Note: string.IsNullOrWhiteSpace(note) ? "saved in the admin" : note.Trim()[..Math.Min(note.Trim().Length, 1000)]);
}
