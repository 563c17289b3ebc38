using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Portal.Web.Hosting;

/// <summary>
/// The forwarded headers, when proxies are configured, so that rate limits, the audit log, cookies'
/// Secure flag and redirects all see the visitor's address and scheme.
/// </summary>
public static class ProxyForwarding
{
    /// <summary>First in the pipeline. Without configured proxies nothing is added: the middleware with no known proxy would believe everyone.</summary>
    public static IApplicationBuilder UseProxyForwarding(this IApplicationBuilder app)
    {
        // Read when the pipeline is built, at start, after Portal:Proxy was validated.
        return app.Use(next =>
        {
            var proxy = app.ApplicationServices.GetRequiredService<IOptions<ProxyOptions>>().Value;
            if (proxy.IsEmpty)
            {
                return next;
            }

            var branch = app.New();
            branch.UseForwardedHeaders(Forwarding(proxy));
            branch.Run(next);
            return branch.Build();
        });
    }

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
