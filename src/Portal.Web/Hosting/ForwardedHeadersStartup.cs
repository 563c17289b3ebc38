using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Portal.Web.Hosting;

/// <summary>
/// Puts the forwarded headers first in the pipeline, when proxies are configured, so that rate
/// limits, the audit log, cookies' Secure flag and redirects all see the visitor's address and scheme.
/// </summary>
public sealed class ForwardedHeadersStartup(IOptions<ProxyOptions> proxy) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        if (!proxy.Value.IsEmpty)
        {
            app.UseForwardedHeaders(Forwarding(proxy.Value));
        }

        next(app);
    };

    private static ForwardedHeadersOptions Forwarding(ProxyOptions proxy)
    {
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var address in proxy.KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.Parse(address));
        }

        foreach (var network in proxy.KnownNetworks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }

        return options;
    }
}
