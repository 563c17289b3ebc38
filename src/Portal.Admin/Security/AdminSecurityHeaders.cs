using Microsoft.AspNetCore.Mvc.Filters;

namespace Portal.Admin.Security;

/// <summary>
/// Headers of every admin and account page: a Content Security Policy that allows only the portal's
/// own scripts, styles and images, no framing, and no caching of pages that show unpublished work.
/// </summary>
public sealed class AdminSecurityHeaders : IAsyncPageFilter
{
    public const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; " +
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var headers = context.HttpContext.Response.Headers;
        headers.ContentSecurityPolicy = Policy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        // What antiforgery sets on a page with a form; the same here, so that it has nothing to override.
        headers.CacheControl = "no-cache, no-store";
        headers.Pragma = "no-cache";
        headers["Referrer-Policy"] = "same-origin";
        return next();
    }
}
