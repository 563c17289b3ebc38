using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Admin.Audit;
using Portal.Admin.Security;
using Portal.Content.Storage;

namespace Portal.Admin.Media;

/// <summary>
/// <c>/admin/media/{id}</c>: a file's details, where it is used, its alt text, and deleting it.
/// A file used by the latest or the published version of an item is not deleted: the page would lose it.
/// </summary>
[Authorize(Policy = AdminPolicies.Editing)]
public sealed class MediaEditModel(PortalDbContext db, AuditLog audit, MediaFolder folder) : PageModel
{
    public MediaFile Media { get; private set; } = null!;
    public IReadOnlyList<MediaReference> References { get; private set; } = [];
    public bool Saved { get; private set; }
    public string? Error { get; private set; }

    [BindProperty]
    public string? AltText { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, bool saved = false)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        AltText = Media.AltText;
        Saved = saved;
        await FindReferencesAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAltTextAsync(long id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var alt = MediaAltText.Clean(AltText);
        if (MediaAltText.Problem(Media.ContentType, alt) is { } problem)
        {
            await FindReferencesAsync();
            return Refuse(problem);
        }

        if (alt != Media.AltText)
        {
            audit.Record("media.alt-text", Media.StoredName, alt);
            Media.AltText = alt;
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }

        return LocalRedirect($"/admin/media/{id}?saved=true");
    }

    public async Task<IActionResult> OnPostDeleteAsync(long id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        await FindReferencesAsync();
        var current = References.Count(r => r.Current);
        if (current > 0)
        {
            AltText = Media.AltText;
            return Refuse(MediaMessages.InUse(current));
        }

        db.Remove(Media);
        audit.Record("media.delete", Media.StoredName, $"{Media.ContentType}, {Media.Length} bytes, '{Media.FileName}'");
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        // After the commit: a file whose row is gone is never served, while a row without its file would be a broken link.
        System.IO.File.Delete(folder.PathOf(Media.StoredName)!);
        return LocalRedirect($"/admin/media?deleted={Uri.EscapeDataString(Media.StoredName)}");
    }

    private PageResult Refuse(string message)
    {
        Error = message;
        return new PageResult { StatusCode = StatusCodes.Status400BadRequest };
    }

    private async Task<bool> LoadAsync(long id)
    {
        var media = await db.Set<MediaFile>().FirstOrDefaultAsync(m => m.Id == id, HttpContext.RequestAborted);
        if (media is null)
        {
            return false;
        }

        Media = media;
        return true;
    }

    // A scan of every version's body: only for what shows the list or decides on it, not for a saved alt text.
    private async Task FindReferencesAsync() =>
        References = await MediaReferences.FindAsync(db, Media.StoredName, HttpContext.RequestAborted);
}
