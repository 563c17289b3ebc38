using Microsoft.AspNetCore.Http;
using Portal.Site.Rendering;

namespace Portal.Site.Pages;

/// <summary>Any path no page answers: the theme's 404, in the culture its prefix names.</summary>
public static class SiteFallback
{
    public static Task<IResult> NotFound(HttpContext http, PageRenderer renderer, SiteCultures cultures)
    {
        var path = http.Request.Path.Value ?? "/";
        var culture = cultures.All.FirstOrDefault(c => c.Prefix.Length > 0 && (path == c.Prefix || path.StartsWith(c.Prefix + "/", StringComparison.Ordinal))) ?? cultures.Default;
        return renderer.NotFoundAsync(http, culture);
    }
}
