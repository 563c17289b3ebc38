using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Content.Storage;

namespace Portal.Admin.Media;

/// <summary>
/// <c>/admin/media</c>: the library (search, paging) and the upload form. The upload's antiforgery
/// token is checked by <see cref="MediaUploadReader"/> before the file is read, instead of by the
/// framework, which would first buffer the whole form.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class MediaLibraryModel(PortalDbContext db, MediaUploadReader reader, MediaUploader uploader, IOptions<MediaOptions> options) : PageModel
{
    public const int PageSize = 20;

    public string? Query { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public int PageCount { get; private set; } = 1;
    public int Total { get; private set; }
    public IReadOnlyList<MediaLibraryRow> Rows { get; private set; } = [];
    public MediaFile? Uploaded { get; private set; }
    public bool Reused { get; private set; }
    public string? Deleted { get; private set; }
    public string? AltText { get; private set; }
    public string? Error { get; private set; }
    public long MaxBytes => options.Value.MaxBytes;

    public string PageLink(int page) =>
        string.IsNullOrWhiteSpace(Query) ? $"/admin/media?page={page}" : $"/admin/media?q={Uri.EscapeDataString(Query)}&page={page}";

    // "page" is also the route value that names the Razor page, hence the query-only binding.
    public async Task OnGetAsync(string? q, [FromQuery(Name = "page")] int pageNumber = 1, string? uploaded = null, bool reused = false, string? deleted = null)
    {
        if (uploaded is not null)
        {
            Uploaded = await db.Set<MediaFile>().AsNoTracking().FirstOrDefaultAsync(m => m.StoredName == uploaded, HttpContext.RequestAborted);
            Reused = reused;
        }

        Deleted = MediaFileNames.IsStoredName(deleted) ? deleted : null;
        await LoadAsync(q, pageNumber);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var form = await reader.ReadAsync(HttpContext);
        AltText = form.AltText;
        if (form.Refusal is { } refusal)
        {
            return await RefuseAsync(refusal.Status, refusal.Message);
        }

        var result = await uploader.SaveAsync(form.File!, form.AltText, User.FindFirstValue(ClaimTypes.NameIdentifier), HttpContext.RequestAborted);
        if (result.Problem is not null)
        {
            return await RefuseAsync(StatusCodes.Status400BadRequest, result.Problem);
        }

        var name = Uri.EscapeDataString(result.File!.StoredName);
        return LocalRedirect(result.Reused ? $"/admin/media?uploaded={name}&reused=true" : $"/admin/media?uploaded={name}");
    }

    private async Task<PageResult> RefuseAsync(int status, string message)
    {
        Error = message;
        await LoadAsync(null, 1);
        return new PageResult { StatusCode = status };
    }

    private async Task LoadAsync(string? query, int page)
    {
        Query = query;
        var files = MediaSearch.Apply(db.Set<MediaFile>().AsNoTracking(), query);
        Total = await files.CountAsync(HttpContext.RequestAborted);
        PageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(page, 1, PageCount);
        var list = await files.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(HttpContext.RequestAborted);
        var uploaderIds = list.Select(m => m.UploadedBy).OfType<string>().Distinct().ToList();
        var names = await db.Users.Where(u => uploaderIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.UserName, HttpContext.RequestAborted);
        Rows = [.. list.Select(m => new MediaLibraryRow(m, m.UploadedBy is { } id ? names.GetValueOrDefault(id) : null))];
    }
}
