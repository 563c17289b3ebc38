using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Portal.Content.Configuration;
using Portal.Digests.Alerts;
using Portal.Digests.Composition;
using Portal.Digests.Delivery;
using Portal.Digests.Mail;
using Portal.Digests.Members;
using Portal.Digests.Reporting;
using Portal.Digests.Scheduling;
using Portal.Digests.Tokens;

namespace Portal.Digests;

public static class DigestsFeature
{
    /// <summary>Mail delivery, members' subscriptions with double opt-in, scheduled cluster digests, and members' search alerts.</summary>
    public static IHostApplicationBuilder AddPortalDigests(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section);
        builder.Services.AddSingleton<IPostConfigureOptions<MailOptions>, MailPickupDefault>();
        builder.Services.AddSingleton<MailSender>();
        builder.Services.AddOptions<DigestOptions>().BindConfiguration(DigestOptions.Section);
        builder.Services.AddSingleton<TokenKey>();
        builder.Services.AddSingleton<SubscriptionTokens>();
        builder.Services.AddSingleton<PortalLinks>();
        builder.Services.AddAntiforgery();
        builder.Services.AddSingleton<SubscriptionFormReader>();
        builder.Services.AddSingleton<ConfirmationMail>();
        builder.Services.AddSingleton<SubscribeLimits>();
        builder.Services.AddScoped<ClusterCatalog>();
        builder.Services.AddScoped<SubscriptionService>();
        builder.Services.AddSingleton<DigestSchedule>();
        builder.Services.AddSingleton<MailTemplates>();
        builder.Services.AddSingleton<DigestMessages>();
        builder.Services.AddSingleton<DigestPassLock>();
        builder.Services.AddSingleton<MailRetries>();
        builder.Services.AddScoped<AlertService>();
        builder.Services.AddSingleton<AlertMatching>();
        builder.Services.AddSingleton<AlertMessages>();
        builder.Services.AddSingleton<AlertMails>();
        builder.Services.AddSingleton<DigestPass>();
        builder.Services.AddSingleton<RecordedDigestPass>();
        builder.Services.AddScoped<DigestPreview>();
        builder.Services.AddHostedService<DigestScheduler>();
        return builder;
    }

    /// <summary>
    /// What the members' pages (mapped by the site, which renders them in its theme) and the
    /// scheduler need before the first request: loading the theme's mail templates and the DKIM key
    /// here fails start-up on a missing or broken one, and so does a missing <c>Portal:BaseUrl</c>
    /// outside Development. The feature maps no endpoint of its own.
    /// </summary>
    public static IEndpointRouteBuilder VerifyPortalDigests(this IEndpointRouteBuilder app)
    {
        if (!app.ServiceProvider.GetRequiredService<PortalLinks>().CanBuildMailLinks)
        {
            throw new StartupRefusedException(PortalLinks.Missing);
        }

        _ = app.ServiceProvider.GetRequiredService<MailTemplates>();
        _ = app.ServiceProvider.GetRequiredService<MailSender>().Signature;
        return app;
    }
}
