using Microsoft.AspNetCore.Http;
using Portal.Content.Urls;
using Portal.Site.Rendering;

namespace Portal.Site.Pages;

/// <summary>Any path no page answers: the theme's 404, in the culture its prefix names.</summary>
public static class SiteFallback
{
    public static Task<IResult> NotFound(HttpContext http, PageRenderer renderer, SiteCultures cultures, SiteUrls urls)
    {
        return renderer.NotFoundAsync(http, cultures.Get(urls.CultureOf(http.Request.Path.Value ?? "/")));
    }
}
