using Microsoft.EntityFrameworkCore;
using Portal.Content.Storage;

namespace Portal.Admin.Media;

/// <summary>Where a media file is used: the content versions whose Markdown body holds its URL.</summary>
public static class MediaReferences
{
    public const int Limit = 50;

    public static string UrlOf(string storedName) => "/media/" + storedName;

    public static Task<List<MediaReference>> FindAsync(PortalDbContext db, string storedName, CancellationToken cancellationToken)
    {
        var url = UrlOf(storedName);
        var references =
            from v in db.ContentVersions
            join i in db.ContentItems on new { v.ContentId, v.Culture } equals new { i.ContentId, i.Culture }
            where v.Body.Contains(url)
            orderby v.ContentId, v.Culture, v.Number descending
            select new MediaReference(v.ContentId, v.Culture, v.Title, v.Number, v.Number == i.LatestVersion || v.Number == i.PublishedVersion);
        return references.Take(Limit).ToListAsync(cancellationToken);
    }
}
