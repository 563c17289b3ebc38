using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Portal.Site.Rendering;

namespace Portal.Site.Pages;

/// <summary>
/// Reads the form of a public endpoint's POST (subscribe, unsubscribe, preferences) before the
/// endpoint does, so that a form the framework cannot read (a 5 MB field, a NUL, over 1,024 values,
/// broken multipart) answers the theme's 400 page, not 500. The endpoint then gets the form
/// already read. Razor pages (the admin, whose media upload streams its body) and endpoints that
/// need a signed-in user are left to themselves.
/// </summary>
public sealed class FormReadingGuard(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, PageRenderer renderer, SiteCultures cultures)
    {
        var endpoint = context.GetEndpoint();
        if (endpoint is null
            || !context.Request.HasFormContentType
            || endpoint.Metadata.GetMetadata<ActionDescriptor>() is not null
            || endpoint.Metadata.GetMetadata<IAuthorizeData>() is not null)
        {
            await next(context);
            return;
        }

        int? refused;
        try
        {
            await context.Request.ReadFormAsync(context.RequestAborted);
            refused = null;
        }
        catch (InvalidDataException)
        {
            refused = StatusCodes.Status400BadRequest;
        }
        catch (BadHttpRequestException e)
        {
            refused = e.StatusCode;
        }
        catch (IOException) when (!context.RequestAborted.IsCancellationRequested)
        {
            // A multipart body that ends before its boundary.
            refused = StatusCodes.Status400BadRequest;
        }

        if (refused is { } status)
        {
            var result = await renderer.BadRequestAsync(context, cultures.Default, status);
            await result.ExecuteAsync(context);
            return;
        }

        await next(context);
    }
}
