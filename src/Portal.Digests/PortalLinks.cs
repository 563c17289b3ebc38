using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Portal.Content.Configuration;

namespace Portal.Digests;

/// <summary>Absolute links for mail: <c>Portal:BaseUrl</c>, else the request's own origin, else the verbs' default.</summary>
public sealed class PortalLinks(IOptions<PortalOptions> options)
{
    public const string VerbDefault = "http://localhost:5000";

    public string BaseUrl(HttpContext? request = null)
    {
        if (!string.IsNullOrWhiteSpace(options.Value.BaseUrl))
        {
            return options.Value.BaseUrl.TrimEnd('/');
        }

        return request is null ? VerbDefault : $"{request.Request.Scheme}://{request.Request.Host}{request.Request.PathBase}".TrimEnd('/');
    }

    public static string Combine(string baseUrl, string path, string? token = null) =>
        token is null ? baseUrl + path : $"{baseUrl}{path}?token={Uri.EscapeDataString(token)}";
}
