using System.Net;

namespace Portal.Web.Hosting;

/// <summary>
/// <c>Portal:Proxy</c>: the reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>
/// are believed. Without them every visitor would share the proxy's address, and so its rate limits
/// and its audit lines.
/// </summary>
public sealed class ProxyOptions
{
    public const string Section = "Portal:Proxy";

    /// <summary>Addresses of the proxies, e.g. <c>10.0.0.5</c>.</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Networks of the proxies in CIDR form, e.g. <c>10.0.0.0/8</c>.</summary>
    public IList<string> KnownNetworks { get; } = [];

    public bool IsEmpty => KnownProxies.Count == 0 && KnownNetworks.Count == 0;

    /// <summary>Checked at start, so that a typo stops the site instead of trusting nobody (or everybody).</summary>
    public bool IsValid => KnownProxies.All(a => IPAddress.TryParse(a, out _)) && KnownNetworks.All(n => System.Net.IPNetwork.TryParse(n, out _));
}
