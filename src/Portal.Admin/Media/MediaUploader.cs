using Microsoft.EntityFrameworkCore;
using Portal.Admin.Audit;
using Portal.Content.Storage;

namespace Portal.Admin.Media;

/// <summary>
/// Keeps a received file: its row and audit entry are saved together, and the file is moved into
/// place just before, so that a failed save removes it again. A file whose content (SHA-256) the
/// library already holds is not stored twice: the upload answers with the existing file.
/// </summary>
public sealed class MediaUploader(PortalDbContext db, AuditLog audit, MediaFolder folder, TimeProvider clock)
{
    public async Task<UploadResult> SaveAsync(ReceivedFile file, string? altText, string? userId, CancellationToken cancellationToken)
    {
        try
        {
            var alt = MediaAltText.Clean(altText);
            if (MediaAltText.Problem(file.Type.ContentType, alt) is { } problem)
            {
                return new UploadResult(null, false, problem);
            }

            var existing = await db.Set<MediaFile>().AsNoTracking().FirstOrDefaultAsync(m => m.Sha256 == file.Sha256, cancellationToken);
            if (existing is not null)
            {
                return new UploadResult(existing, true, null);
            }

            var stored = MediaFileNames.StoredName(file.UploadedName, file.Type);
            var media = new MediaFile
            {
                StoredName = stored,
                FileName = MediaFileNames.DisplayName(file.UploadedName) ?? stored,
                ContentType = file.Type.ContentType,
                Length = file.Length,
                Sha256 = file.Sha256,
                AltText = alt,
                UploadedBy = userId,
                UploadedUtc = clock.GetUtcNow().UtcDateTime,
            };
            await StoreAsync(file, media, cancellationToken);
            return new UploadResult(media, false, null);
        }
        finally
        {
            file.Delete();
        }
    }

    private async Task StoreAsync(ReceivedFile file, MediaFile media, CancellationToken cancellationToken)
    {
        var path = folder.PathOf(media.StoredName) ?? throw new InvalidOperationException($"'{media.StoredName}' is not a stored name.");
        File.Move(file.TemporaryPath, path, overwrite: false);
        try
        {
            db.Add(media);
            audit.Record("media.upload", media.StoredName, $"{media.ContentType}, {media.Length} bytes, uploaded as '{media.FileName}'");
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }
}
