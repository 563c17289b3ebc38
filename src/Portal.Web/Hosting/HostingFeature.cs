using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.Extensions.Options;
using Portal.Content.Configuration;
using Portal.Digests.Mail;

namespace Portal.Web.Hosting;

public static class HostingFeature
{
    public static WebApplicationBuilder AddPortalHosting(this WebApplicationBuilder builder)
    {
        StartupRefusals.ExitCleanlyOnRefusal();
        var paths = new PortalPaths(builder.Environment);
        builder.Services.AddSingleton(paths);
        builder.Services.AddSingleton<IPostConfigureOptions<PortalOptions>>(paths);
        builder.Services.AddSingleton<IPostConfigureOptions<MailOptions>>(paths);
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase);
        builder.Services.AddProblemDetails();
        builder.Services.AddHostedService<PortalStartup>();
        builder.Services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.Section)
            .Validate(proxy => proxy.IsValid, "Portal:Proxy:KnownProxies must hold IP addresses and Portal:Proxy:KnownNetworks CIDR networks (10.0.0.0/8).")
            .ValidateOnStart();
        builder.Services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<HttpsRedirectionOptions>().Configure<IOptions<SecurityOptions>>((redirection, security) => SecurityPipeline.Redirection(redirection, security.Value));
        return builder;
    }
}
