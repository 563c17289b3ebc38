using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.Extensions.Options;

namespace Portal.Web.Hosting;

/// <summary>
/// Right after the forwarded headers (so that a proxy's <c>X-Forwarded-Proto: https</c> counts): the
/// Host check, the redirect of HTTP to HTTPS (not of the health checks, which load balancers ask over
/// HTTP), and the security headers.
/// </summary>
public static class SecurityPipeline
{
    public static IApplicationBuilder UsePortalSecurity(this IApplicationBuilder app)
    {
        app.Use(HostHeaderCheck.InvokeAsync);
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase), branch => branch.UseHttpsRedirection());

        // Made when the pipeline is built, at start, after Portal:Security was validated.
        return app.Use(next =>
        {
            var headers = new SecurityHeaders(app.ApplicationServices.GetRequiredService<IOptions<SecurityOptions>>());
            return context => headers.InvokeAsync(context, () => next(context));
        });
    }

    public static void Redirection(HttpsRedirectionOptions redirection, SecurityOptions security)
    {
        redirection.RedirectStatusCode = StatusCodes.Status308PermanentRedirect;
        redirection.HttpsPort = security.HttpsPort;
    }
}
