using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Portal.Admin.Accounts;
using Portal.Admin.Audit;
using Portal.Admin.Digests;
using Portal.Admin.Media;
using Portal.Admin.Content;
using Portal.Admin.Scheduling;
using Portal.Admin.Security;
using Portal.Content.Users;

namespace Portal.Admin;

public static class AdminFeature
{
    /// <summary>Sign-in with ASP.NET Core Identity's cookies, the role policies, and the admin's Razor Pages.</summary>
    public static IHostApplicationBuilder AddPortalAdmin(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        new IdentityBuilder(typeof(PortalUser), typeof(IdentityRole), builder.Services).AddSignInManager().AddDefaultTokenProviders();
        builder.Services.ConfigureApplicationCookie(SignInCookie.Configure);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(AdminPolicies.Administration, policy => policy.RequireRole(AdminPolicies.AdministrationRoles))
            .AddPolicy(AdminPolicies.Editing, policy => policy.RequireRole(AdminPolicies.EditingRoles))
            .AddPolicy(AdminPolicies.Contributing, policy => policy.RequireRole(AdminPolicies.ContributingRoles));
        builder.Services.AddRazorPages(pages =>
        {
            pages.Conventions.AuthorizeFolder("/Admin", AdminPolicies.Contributing);
            pages.Conventions.AddFolderApplicationModelConvention("/Admin", model => model.Filters.Add(new AdminSecurityHeaders()));
            pages.Conventions.AddFolderApplicationModelConvention("/Account", model => model.Filters.Add(new AdminSecurityHeaders()));
        });
        builder.Services.AddScoped<AuditLog>();
        builder.Services.AddPortalAccounts();
        builder.Services.AddPortalMedia();
        builder.Services.AddDigestAdmin();
        builder.AddContentAdmin();
        builder.Services.AddOptions<SchedulerOptions>().BindConfiguration(SchedulerOptions.Section);
        builder.Services.AddScoped<ScheduledPublisher>();
        builder.Services.AddScoped<ArrivalNotice>();
        builder.Services.AddHostedService<ScheduledPublishing>();
        return builder;
    }

    /// <summary>The admin's pages, assets, media and content endpoints.</summary>
    public static WebApplication MapPortalAdmin(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapAdminAssets();
        app.MapPortalMedia();
        app.MapContentAdmin();
        return app;
    }
}
