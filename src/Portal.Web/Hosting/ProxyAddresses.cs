using System.Net;

namespace Portal.Web.Hosting;

/// <summary>Checks <see cref="ProxyOptions"/> at start, so that a typo stops the site instead of trusting nobody (or everybody).</summary>
public static class ProxyAddresses
{
    public static bool AreValid(ProxyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.KnownProxies.All(a => IPAddress.TryParse(a, out _))
            && options.KnownNetworks.All(n => System.Net.IPNetwork.TryParse(n, out _));
    }
}
