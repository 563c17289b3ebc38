using Microsoft.Extensions.DependencyInjection;

namespace Portal.Content.Types;

public static class ContentTypeRegistration
{
    /// <summary>Adds a content type to the site: its items import, edit, show, search and go into digests as its descriptor says.</summary>
    public static IServiceCollection AddContentType(this IServiceCollection services, ContentTypeDescriptor descriptor) =>
        services.AddSingleton(descriptor);

    internal static IServiceCollection AddBuiltInContentTypes(this IServiceCollection services)
    {
        foreach (var descriptor in BuiltInContentTypes.All)
        {
            services.AddContentType(descriptor);
        }

        return services.AddSingleton<ContentTypeCatalog>();
    }
}
