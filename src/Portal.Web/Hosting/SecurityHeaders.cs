using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Portal.Web.Hosting;

/// <summary>
/// The headers of <see cref="SecurityOptions"/> on every answer, set before the endpoint runs so that
/// one with needs of its own (the admin's policy, a media file's sandbox) replaces them.
/// </summary>
public sealed class SecurityHeaders(IOptions<SecurityOptions> options)
{
    private readonly string? hsts = options.Value.HstsMaxAgeSeconds > 0
        ? $"max-age={options.Value.HstsMaxAgeSeconds.ToString(CultureInfo.InvariantCulture)}{(options.Value.HstsIncludeSubDomains ? "; includeSubDomains" : "")}"
        : null;

    public Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        var security = options.Value;
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = security.ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = security.ReferrerPolicy;
        if (security.FrameOptions.Length > 0)
        {
            headers.XFrameOptions = security.FrameOptions;
        }

        // A browser that learnt HSTS for localhost would refuse every other local site over HTTP.
        if (hsts is not null && context.Request.IsHttps && !IsLoopback(context.Request.Host.Host))
        {
            headers.StrictTransportSecurity = hsts;
        }

        return next();
    }

    private static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
}
