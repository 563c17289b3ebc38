using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.Extensions.Options;

namespace Portal.Web.Hosting;

/// <summary>
/// Right after the forwarded headers (so that a proxy's <c>X-Forwarded-Proto: https</c> counts): the
/// Host check, the redirect of HTTP to HTTPS (not of the health checks, which load balancers ask over
/// HTTP), and the security headers.
/// </summary>
public sealed class SecurityStartup(IOptions<SecurityOptions> security) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(HostHeaderCheck.InvokeAsync);
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase), branch => branch.UseHttpsRedirection());
        var headers = new SecurityHeaders(security);
        app.Use(headers.InvokeAsync);
        next(app);
    };

    public static void Redirection(HttpsRedirectionOptions redirection, SecurityOptions security)
    {
        redirection.RedirectStatusCode = StatusCodes.Status308PermanentRedirect;
        redirection.HttpsPort = security.HttpsPort;
    }
}
