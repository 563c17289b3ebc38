using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Admin.Audit;
using Portal.Admin.Workflow;
using Portal.Content.Import;
using Portal.Content.Model;
using Portal.Content.Publishing;
using Portal.Content.Types;

namespace Portal.Admin.Content;

/// <summary>
/// <c>/admin/content/{id}/{culture}/edit</c>: the latest version in the editor. Every save is a new
/// version; a save from a form opened before the item last changed is refused, keeping the text.
/// </summary>
public sealed class EditContentModel(
    ContentOperations operations, ContentEditor editor, ContentChoices choices, ItemOverviews overviews, ReviewSubmission review, UserNames names, AuditLog audit, ContentTypeCatalog types) : PageModel
{
    [BindProperty]
    public ContentForm Form { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    /// <summary>Why a decision was refused (<see cref="PublishRefusals"/>), to show beside its field.</summary>
    [BindProperty(SupportsGet = true, Name = "refused")]
    public string? Refused { get; set; }

    public ItemOverview Overview { get; private set; } = null!;

    public EditorView View { get; private set; } = null!;

    /// <summary>Set when the save was refused because the item changed since the form was opened.</summary>
    public ContentVersion? Conflict { get; private set; }

    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();

    public bool CanPublish => ContentAccess.SeesAll(User);

    public async Task<IActionResult> OnGetAsync(string id, string culture)
    {
        var overview = await overviews.FindAsync(id, culture, HttpContext.RequestAborted);
        if (!ContentAccess.MayEdit(this, overview?.Item, out var refusal))
        {
            return refusal;
        }

        var latest = await LatestAsync(id, culture);
        var type = types[overview.Item.Type];
        Form = VersionForm.From(type, latest);
        Form.Revision = overview.Item.Revision;
        IReadOnlyList<EditorProblem> problems = Refused == PublishRefusals.EmptyBody && OutlineBody.IsEmpty(type, latest.Body) ? [PublishRefusals.EmptyBodyProblem(type)] : [];
        return await ShowAsync(overview, problems, StatusCodes.Status200OK);
    }

    public Task<IActionResult> OnPostSaveAsync(string id, string culture) => WriteAsync(id, culture, submit: false);

    public Task<IActionResult> OnPostSubmitAsync(string id, string culture) => WriteAsync(id, culture, submit: true);

    private async Task<IActionResult> WriteAsync(string id, string culture, bool submit)
    {
        var aborted = HttpContext.RequestAborted;
        var item = await operations.Db.ContentItems.FirstOrDefaultAsync(x => x.ContentId == id && x.Culture == culture, aborted);
        if (!ContentAccess.MayEdit(this, item, out var refusal))
        {
            return refusal;
        }

        (Form.Id, Form.Culture) = (item.ContentId, item.Culture);
        if (item.Revision != Form.Revision)
        {
            return await RefuseConflictAsync(id, culture);
        }

        var check = await editor.CheckAsync(item.Type, Form, (item.ContentId, item.Culture), aborted);
        if (check.Document is not { } document)
        {
            return await ShowAsync(await overviews.FindAsync(id, culture, aborted) ?? throw new InvalidOperationException(), check.Problems, StatusCodes.Status400BadRequest);
        }

        var key = $"{item.ContentId}/{item.Culture}";
        var userId = ContentAccess.UserId(User);
        if (!submit || !await SameAsLatestAsync(item, document))
        {
            var version = operations.AddVersion(item, ContentEditor.Draft(document, Form.Note), userId);
            audit.Record("content.save", key, $"version {version.Number}");
        }

        if (submit)
        {
            await review.SubmitAsync(item, userId, aborted);
        }

        try
        {
            await operations.SaveAsync(aborted);
        }
        catch (DbUpdateException)
        {
            // The revision moved (or another version took this number) between the check and the save.
            return await RefuseConflictAsync(id, culture);
        }

        return Redirect($"/admin/content/{id}/{culture}/edit?done={(submit ? "submitted" : "saved")}");
    }

    /// <summary>Nothing is written; the user's text stays in the form, which now carries the current revision, so that saving again is a deliberate choice.</summary>
    private async Task<IActionResult> RefuseConflictAsync(string id, string culture)
    {
        operations.Db.ChangeTracker.Clear();
        var overview = await overviews.FindAsync(id, culture, HttpContext.RequestAborted) ?? throw new InvalidOperationException();
        Conflict = await LatestAsync(id, culture);
        Form.Revision = overview.Item.Revision;
        return await ShowAsync(overview, [], StatusCodes.Status409Conflict);
    }

    private async Task<PageResult> ShowAsync(ItemOverview overview, IReadOnlyList<EditorProblem> problems, int status)
    {
        Overview = overview;
        View = new EditorView(overview.Item.Type, Form, IsNew: false, await choices.ForEditorAsync(types[overview.Item.Type], HttpContext.RequestAborted), choices, problems);
        Names = await names.ForAsync([overview.Review?.SubmittedBy, overview.Review?.ReviewedBy, Conflict?.AuthorId, overview.Item.OwnerId], HttpContext.RequestAborted);
        return new PageResult { StatusCode = status };
    }

    private Task<ContentVersion> LatestAsync(string id, string culture) =>
        operations.Db.ContentVersions.AsNoTracking()
            .Where(v => v.ContentId == id && v.Culture == culture)
            .OrderByDescending(v => v.Number).FirstAsync(HttpContext.RequestAborted);

    private async Task<bool> SameAsLatestAsync(ContentItem item, ContentDocument document)
    {
        var latest = await LatestAsync(item.ContentId, item.Culture);
        return latest.Title == document.Title && latest.Summary == document.Summary && latest.Body == document.Body
            && WithoutIdentity(latest.FieldsJson) == WithoutIdentity(document.FieldsJson) && latest.Slug == document.Slug;
    }

    /// <summary>The fields but <c>id</c> and <c>culture</c>, which the editor always writes and a file may leave to its name.</summary>
    private static string WithoutIdentity(string fieldsJson)
    {
        var fields = JsonNode.Parse(fieldsJson) as JsonObject ?? [];
        fields.Remove("id");
        fields.Remove("culture");
        return fields.ToJsonString();
    }
}
