using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Admin.Audit;
using Portal.Content.Model;
using Portal.Content.Publishing;
using Portal.Content.Taxonomies;
using Portal.Content.Types;

namespace Portal.Admin.Content;

/// <summary>
/// <c>/admin/content/new?type=X</c>: a new item; <c>?translate=ID&amp;from=CULTURE&amp;culture=zh</c>: a translation,
/// a new item with the same id in another culture, its form filled from the source.
/// </summary>
public sealed class NewContentModel(ContentOperations operations, ContentEditor editor, ContentChoices choices, AuditLog audit, Taxonomy taxonomy, ContentTypeCatalog types) : PageModel
{
    public IReadOnlyList<string> TypeNames => types.Names;

    [BindProperty(SupportsGet = true, Name = "type")]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true, Name = "translate")]
    public string? Translate { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "culture")]
    public string? TargetCulture { get; set; }

    [BindProperty]
    public ContentForm Form { get; set; } = new();

    public EditorView? View { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (Translate is not null)
        {
            var source = await operations.Db.ContentItems.AsNoTracking()
                .Where(x => x.ContentId == Translate && x.Culture == (From ?? taxonomy.Site.DefaultCulture))
                .Select(x => new { x.Type, x.OwnerId, Version = x.Versions.First(v => v.Number == x.LatestVersion) })
                .FirstOrDefaultAsync(HttpContext.RequestAborted);
            if (source is null)
            {
                return NotFound();
            }

            if (!ContentAccess.MayEdit(User, source.OwnerId))
            {
                return Forbid();
            }

            Type = source.Type;
            Form = VersionForm.From(types[source.Type], source.Version);
            Form.Id = Translate;
            if (!choices.SiteCultures.Contains(TargetCulture ?? ""))
            {
                Error = $"A translation is made in a culture the site serves: {string.Join(", ", choices.SiteCultures)}.";
                return new PageResult { StatusCode = StatusCodes.Status400BadRequest };
            }

            Form.Culture = TargetCulture;
        }
        else if (!types.IsKnown(Type ?? ""))
        {
            Error = "Choose the type of the new item.";
            return new PageResult { StatusCode = StatusCodes.Status400BadRequest };
        }
        else
        {
            Form.Culture = taxonomy.Site.DefaultCulture;
            // The sections every item of the type has, to write under (a case study's outline).
            Form.Body = OutlineBody.Template(types[Type!]);
        }

        View = new EditorView(Type!, Form, IsNew: true, await choices.ForEditorAsync(types[Type!], HttpContext.RequestAborted), choices, [])
        {
            CulturesOffered = Translate is null ? null : choices.SiteCultures,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var aborted = HttpContext.RequestAborted;
        if (!types.IsKnown(Type ?? ""))
        {
            Error = "Choose the type of the new item.";
            return new PageResult { StatusCode = StatusCodes.Status400BadRequest };
        }

        if (string.IsNullOrWhiteSpace(Form.Id))
        {
            Form.Id = string.IsNullOrWhiteSpace(Form.Slug) ? IdFromTitle.Make(Form.Title) : Form.Slug.Trim();
        }

        // Before the checks, whose messages (a duplicate id in this culture) would tell what the other item is.
        if (await HeldByAnotherAsync(Form.Id?.Trim(), aborted))
        {
            return Forbid();
        }

        var check = string.IsNullOrEmpty(Form.Id)
            ? new EditorCheck(null, [new EditorProblem("id", "required-field", "'id' is required: lowercase letters, digits and '-' (the title gives none)")])
            : await UnservedTranslationAsync(aborted) is { } unserved ? new EditorCheck(null, [unserved])
            : await editor.CheckAsync(Type!, Form, editing: null, aborted);
        if (check.Document is { } document)
        {
            if (document.ContentId != Form.Id?.Trim() && await HeldByAnotherAsync(document.ContentId, aborted))
            {
                return Forbid();
            }

            var userId = ContentAccess.UserId(User);
            var item = operations.Create(document.ContentId, document.Culture, document.Type, userId, ContentEditor.Draft(document, Form.Note));
            var translationOf = await operations.Db.ContentItems.AnyAsync(x => x.ContentId == document.ContentId && x.Culture != document.Culture, aborted);
            audit.Record(translationOf ? "content.translate" : "content.create", $"{item.ContentId}/{item.Culture}", $"{item.Type}, version 1");
            try
            {
                await operations.SaveAsync(aborted);
                return Redirect($"/admin/content/{item.ContentId}/{item.Culture}/edit?done=created");
            }
            catch (DbUpdateException)
            {
                // Another editor created the same id or slug between the check and the save.
                check = await editor.CheckAsync(Type!, Form, editing: null, aborted);
                if (check.Problems.Count == 0)
                {
                    check = new EditorCheck(null, [new EditorProblem(null, "database", "the item could not be saved; nothing was changed, try again")]);
                }
            }
        }

        View = new EditorView(Type!, Form, IsNew: true, await choices.ForEditorAsync(types[Type!], aborted), choices, check.Problems);
        return new PageResult { StatusCode = StatusCodes.Status400BadRequest };
    }

    /// <summary>A translation (the id exists in another culture) into a culture the site does not serve: refused beside the culture.</summary>
    private async Task<EditorProblem?> UnservedTranslationAsync(CancellationToken cancellationToken)
    {
        var (id, culture) = (Form.Id?.Trim(), Form.Culture ?? taxonomy.Site.DefaultCulture);
        if (choices.SiteCultures.Contains(culture) || !await operations.Db.ContentItems.AnyAsync(x => x.ContentId == id && x.Culture != culture, cancellationToken))
        {
            return null;
        }

        return new EditorProblem("culture", "unserved-culture", $"'{culture}' is not a culture the site serves; a translation is made in one of {string.Join(", ", choices.SiteCultures)}");
    }

    /// <summary>
    /// Whether the id belongs to an item, in any culture, that this user may not edit: a new item
    /// under it would be a translation of someone else's work, which the translate route refuses too.
    /// </summary>
    private async Task<bool> HeldByAnotherAsync(string? contentId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(contentId) || ContentAccess.SeesAll(User))
        {
            return false;
        }

        var userId = ContentAccess.UserId(User);
        return await operations.Db.ContentItems.AnyAsync(x => x.ContentId == contentId && (x.OwnerId == null || x.OwnerId != userId), cancellationToken);
    }
}
