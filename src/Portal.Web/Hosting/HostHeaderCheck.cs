using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Portal.Web.Hosting;

/// <summary>
/// Answers 400 to a request whose <c>Host</c> is no host name a URL can hold (<c>xn--</c>, a label of
/// 300 letters, port 99999), before anything builds a link from it and throws.
/// </summary>
public static class HostHeaderCheck
{
    // Not the STD3 rules: they refuse the underscore of names like portal_web inside a container network.
    private static readonly IdnMapping Idn = new();

    public static async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        if (!IsValid(context.Request.Headers.Host.ToString()))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("400 Bad Request: the Host header is not a valid host name.", context.RequestAborted);
            return;
        }

        await next();
    }

    /// <summary>Whether the raw header is a host (and port) that ASP.NET Core's <see cref="HostString"/> and <see cref="Uri"/> both take.</summary>
    public static bool IsValid(string host)
    {
        // HTTP/1.0 may send none; Kestrel refuses an HTTP/1.1 request without one.
        if (host.Length == 0)
        {
            return true;
        }

        try
        {
            // What reading HttpRequest.Host does: it decodes punycode, and throws on xn-- that decodes to nothing.
            _ = HostString.FromUriComponent(host);
            if (!Uri.TryCreate($"http://{host}/", UriKind.Absolute, out var uri) || uri.PathAndQuery != "/" || uri.UserInfo.Length > 0)
            {
                return false;
            }

            if (uri.HostNameType == UriHostNameType.Dns)
            {
                var ascii = Idn.GetAscii(uri.IdnHost);
                _ = Idn.GetUnicode(ascii);
                if (ascii.Length > 253 || ascii.Split('.').Any(label => label.Length is 0 or > 63))
                {
                    return false;
                }
            }

            return uri.HostNameType is UriHostNameType.Dns or UriHostNameType.IPv4 or UriHostNameType.IPv6;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (UriFormatException)
        {
            return false;
        }
    }
}
