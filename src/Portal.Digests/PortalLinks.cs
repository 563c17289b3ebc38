using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Portal.Content.Configuration;

namespace Portal.Digests;

/// <summary>
/// The base of absolute links. Mail is built from <c>Portal:BaseUrl</c> only, never from a request:
/// a forged <c>Host</c> header would otherwise put a password-reset or confirmation link, with its
/// token, on the forger's site. Outside Development the key is required for anything that sends
/// mail; in Development the site's own loopback address stands in. Pages may use the request's origin.
/// </summary>
public sealed class PortalLinks(IOptions<PortalOptions> options, IHostEnvironment environment, IConfiguration configuration)
{
    public const string DevelopmentDefault = "http://localhost:5000";

    public const string Missing =
        "Portal:BaseUrl is not set. Links in mail (password resets, subscription confirmations, digests) are built from it, "
        + "never from a request's Host header, so it is required outside Development: set it to the site's public address, "
        + "e.g. Portal__BaseUrl=https://portal.example.org.";

    private string? Configured => string.IsNullOrWhiteSpace(options.Value.BaseUrl) ? null : options.Value.BaseUrl.Trim().TrimEnd('/');

    /// <summary>Whether mail can be sent with good links: the key is set, or this is Development.</summary>
    public bool CanBuildMailLinks => Configured is not null || environment.IsDevelopment();

    /// <summary>The base of every link in mail.</summary>
    /// <exception cref="InvalidOperationException"><see cref="Missing"/>: outside Development without the key.</exception>
    public string MailBaseUrl()
    {
        if (Configured is { } configured)
        {
            return configured;
        }

        return environment.IsDevelopment() ? LoopbackUrl() : throw new InvalidOperationException(Missing);
    }

    /// <summary>The base of absolute links on a page answering <paramref name="request"/>: the key, else the request's own origin.</summary>
    public string PageBaseUrl(HttpContext request) =>
        Configured ?? $"{request.Request.Scheme}://{request.Request.Host}{request.Request.PathBase}".TrimEnd('/');

    // The first loopback address the site is told to listen on (--urls, ASPNETCORE_URLS): a link that
    // works on the developer's own machine and nowhere else.
    private string LoopbackUrl()
    {
        foreach (var url in (configuration["urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Port > 0 && uri.IsLoopback)
            {
                return uri.GetLeftPart(UriPartial.Authority);
            }
        }

        return DevelopmentDefault;
    }
}
