using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Admin.Security;

namespace Portal.Admin.Media;

public static class MediaFeature
{
    /// <summary>Uploads into <c>Portal:DataPath</c>/media, limited by <c>Portal:Media:MaxBytes</c>.</summary>
    public static IServiceCollection AddPortalMedia(this IServiceCollection services)
    {
        services.AddOptions<MediaOptions>().BindConfiguration(MediaOptions.Section)
            .Validate(options => options.MaxBytes > 0, "Portal:Media:MaxBytes must be a positive number of bytes.")
            .ValidateOnStart();
        services.AddSingleton<MediaFolder>();
        services.AddHostedService<MediaLeftovers>();
        services.AddScoped<MediaUploadReader>();
        services.AddScoped<MediaUploader>();
        return services;
    }

    /// <summary>The public file route and the editor picker's list; the library's pages are Razor Pages under /admin/media.</summary>
    public static IEndpointRouteBuilder MapPortalMedia(this IEndpointRouteBuilder app)
    {
        app.MapGet("/media/{name}", MediaEndpoints.Serve);
        app.MapGet("/admin/media/list", MediaEndpoints.List).RequireAuthorization(AdminPolicies.Contributing);
        return app;
    }
}
