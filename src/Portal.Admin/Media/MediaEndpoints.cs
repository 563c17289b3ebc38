using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Portal.Content.Storage;

namespace Portal.Admin.Media;

public static class MediaEndpoints
{
    public const int PickerLimit = 50;

    /// <summary>
    /// <c>GET /media/{name}</c>, public: the file with the type decided at upload, never sniffed by
    /// the browser, sandboxed. A stored name never changes content, so it may be cached for a year.
    /// </summary>
    public static async Task<Results<PhysicalFileHttpResult, NotFound>> Serve(string name, PortalDbContext db, MediaFolder folder, HttpContext context, CancellationToken cancellationToken)
    {
        if (folder.PathOf(name) is not { } path)
        {
            return TypedResults.NotFound();
        }

        var media = await db.Set<MediaFile>().AsNoTracking().FirstOrDefaultAsync(m => m.StoredName == name, cancellationToken);
        if (media is null || !File.Exists(path))
        {
            return TypedResults.NotFound();
        }

        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        // Opened on its own, a file (a PDF's script, say) runs in an origin of its own, without the site's cookies or scripts.
        headers.ContentSecurityPolicy = "sandbox";
        headers.CacheControl = "public, max-age=31536000, immutable";
        headers.ContentDisposition = new ContentDispositionHeaderValue("inline") { FileName = media.StoredName }.ToString();
        return TypedResults.PhysicalFile(path, media.ContentType, entityTag: new EntityTagHeaderValue($"\"{media.Sha256}\""), enableRangeProcessing: true);
    }

    /// <summary><c>GET /admin/media/list?q=</c>: the newest files matching <paramref name="q"/>, for the editor's picker.</summary>
    public static async Task<Ok<MediaPickerList>> List(string? q, PortalDbContext db, HttpContext context, CancellationToken cancellationToken)
    {
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        var files = await MediaSearch.Apply(db.Set<MediaFile>().AsNoTracking(), q)
            .Take(PickerLimit)
            .Select(m => new { m.StoredName, m.AltText, m.FileName, m.ContentType })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new MediaPickerList([.. files.Select(m => new MediaPickerItem(MediaReferences.UrlOf(m.StoredName), m.AltText, m.FileName, m.ContentType))]));
    }
}
