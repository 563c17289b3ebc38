using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Admin.Audit;
using Portal.Admin.Content;
using Portal.Content.Publishing;
using Portal.Content.Types;

namespace Portal.Admin.History;

/// <summary>
/// <c>/admin/content/{id}/{culture}/history?from=&amp;to=</c>: the versions with author, time and note,
/// which one is public, the line diff of two, and restoring an old one as a new draft (checked by the
/// import's rules again, since what it refers to may have gone since).
/// </summary>
public sealed class HistoryModel(ContentOperations operations, ContentEditor editor, ItemOverviews overviews, UserNames names, AuditLog audit, ContentTypeCatalog types) : PageModel
{
    public const int Shown = 200;

    [BindProperty(SupportsGet = true, Name = "from")]
    public int? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public int? To { get; set; }

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public int Revision { get; set; }

    public ItemOverview Overview { get; private set; } = null!;

    public IReadOnlyList<VersionRow> Versions { get; private set; } = [];

    public IReadOnlyList<DiffLine>? Diff { get; private set; }

    public IReadOnlyList<EditorProblem> Problems { get; private set; } = [];

    public string? Problem { get; private set; }

    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(string id, string culture)
    {
        var overview = await overviews.FindAsync(id, culture, HttpContext.RequestAborted);
        if (!ContentAccess.MayEdit(this, overview?.Item, out var refusal))
        {
            return refusal;
        }

        if (From is { } from && To is { } to)
        {
            var pair = await operations.Db.ContentVersions.AsNoTracking()
                .Where(v => v.ContentId == id && v.Culture == culture && (v.Number == from || v.Number == to)).ToListAsync(HttpContext.RequestAborted);
            if (pair.Find(v => v.Number == from) is { } older && pair.Find(v => v.Number == to) is { } newer)
            {
                Diff = LineDiff.Compare(VersionText.Lines(older), VersionText.Lines(newer));
            }
        }

        return await ShowAsync(overview, StatusCodes.Status200OK);
    }

    public async Task<IActionResult> OnPostRestoreAsync(string id, string culture)
    {
        var aborted = HttpContext.RequestAborted;
        var item = await operations.Db.ContentItems.FirstOrDefaultAsync(x => x.ContentId == id && x.Culture == culture, aborted);
        if (!ContentAccess.MayEdit(this, item, out var refusal))
        {
            return refusal;
        }

        var old = await operations.Db.ContentVersions.AsNoTracking().FirstOrDefaultAsync(v => v.ContentId == id && v.Culture == culture && v.Number == Version, aborted);
        if (old is null)
        {
            return NotFound();
        }

        if (item.Revision != Revision)
        {
            return await RefuseAsync(id, culture, StatusCodes.Status409Conflict, "The item changed since you opened its history; nothing was restored. Look again and choose.");
        }

        var form = VersionForm.From(types[item.Type], old);
        (form.Id, form.Culture) = (id, culture);
        var check = await editor.CheckAsync(item.Type, form, (id, culture), aborted);
        if (check.Document is not { } document)
        {
            Problems = check.Problems;
            return await RefuseAsync(id, culture, StatusCodes.Status400BadRequest, $"Version {old.Number} cannot be restored as it is; open it in the editor and correct it:");
        }

        // Checked through the form as the editor would check it, but restored as it was written.
        var restored = new ContentDraft(old.Slug ?? document.Slug, old.Title, old.Summary, old.Body, old.FieldsJson, old.PublishedUtc, Note: $"restored from version {old.Number}");
        var version = operations.AddVersion(item, restored, ContentAccess.UserId(User));
        audit.Record("content.restore", $"{id}/{culture}", $"version {old.Number} as version {version.Number}");
        try
        {
            await operations.SaveAsync(aborted);
        }
        catch (DbUpdateException)
        {
            return await RefuseAsync(id, culture, StatusCodes.Status409Conflict, "The item changed while restoring; nothing was restored. Look again and choose.");
        }

        return Redirect($"/admin/content/{id}/{culture}/edit?done=restored");
    }

    private async Task<IActionResult> RefuseAsync(string id, string culture, int status, string problem)
    {
        operations.Db.ChangeTracker.Clear();
        Problem = problem;
        return await ShowAsync(await overviews.FindAsync(id, culture, HttpContext.RequestAborted) ?? throw new InvalidOperationException(), status);
    }

    private async Task<IActionResult> ShowAsync(ItemOverview overview, int status)
    {
        Overview = overview;
        var (id, culture) = (overview.Item.ContentId, overview.Item.Culture);
        Versions = await operations.Db.ContentVersions.AsNoTracking()
            .Where(v => v.ContentId == id && v.Culture == culture)
            .OrderByDescending(v => v.Number).Take(Shown)
            .Select(v => new VersionRow(v.Number, v.Title, v.Slug, v.AuthorId, v.CreatedUtc, v.Note))
            .ToListAsync(HttpContext.RequestAborted);
        Names = await names.ForAsync(Versions.Select(v => v.AuthorId), HttpContext.RequestAborted);
        return new PageResult { StatusCode = status };
    }
}
