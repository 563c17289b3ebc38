using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Portal.Content.Storage;
using Portal.Site.Content;
using Portal.Site.Pages;
using Portal.Site.Rendering;

namespace Portal.Admin.Content;

/// <summary>
/// <c>GET /admin/content/{id}/{culture}/preview?version=N</c>: a version (the latest by default) as its
/// public page will look, rendered by the site's own page handler and templates. Signed-in staff
/// only (contributors their own items), never cached, never indexed.
/// </summary>
public static class DraftPreview
{
    public const string Policy = "default-src 'self'; img-src * data:; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static async Task<IResult> Show(string id, string culture, int? version, HttpContext http, PortalDbContext db, SitePageContext page, SiteCultures cultures)
    {
        var item = await db.ContentItems.AsNoTracking().Where(x => x.ContentId == id && x.Culture == culture)
            .Select(x => new { x.Type, x.Slug, x.OwnerId, x.LatestVersion }).FirstOrDefaultAsync(http.RequestAborted);
        if (item is null || page.Catalog.Find(item.Type) is not { } type)
        {
            return Results.NotFound();
        }

        if (!ContentAccess.MayEdit(http.User, item.OwnerId))
        {
            return Results.Forbid();
        }

        var number = version ?? item.LatestVersion;
        if (!await db.ContentVersions.AnyAsync(v => v.ContentId == id && v.Culture == culture && v.Number == number, http.RequestAborted))
        {
            return Results.NotFound();
        }

        var headers = http.Response.Headers;
        headers["X-Robots-Tag"] = "noindex, nofollow";
        headers.CacheControl = "no-store";
        headers.ContentSecurityPolicy = Policy;
        headers.XContentTypeOptions = "nosniff";
        page.Content.Preview = new DraftVersion(id, culture, number);
        page.ChosenCulture = cultures.Get(culture);
        return await ItemPage.ShowAsync(type, item.Slug, page);
    }
}
