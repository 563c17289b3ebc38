using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Portal.Site.Theming;

/// <summary>
/// <c>/favicon.ico</c>, the theme's <c>assets/favicon.ico</c>: browsers, feed readers and bookmarks
/// ask for it at the root whatever the page links, and a 404 there is logged on every first visit.
/// </summary>
public static class ThemeIcon
{
    public const string RequestPath = "/favicon.ico";
    public const string FileName = "favicon.ico";

    /// <summary>Maps the icon where the theme has one; without it the path stays the theme's 404.</summary>
    public static IEndpointRouteBuilder MapThemeIcon(this IEndpointRouteBuilder routes, ThemeFolder theme)
    {
        var file = Path.GetFullPath(Path.Combine(theme.Assets, FileName));
        if (File.Exists(file))
        {
            routes.MapGet(RequestPath, (HttpContext http) =>
            {
                // Not under a versioned URL, so a day rather than the year the /theme assets get.
                http.Response.Headers.CacheControl = "public, max-age=86400";
                return Results.File(file, "image/x-icon");
            });
        }

        return routes;
    }
}
