using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Portal.Content.Configuration;
using Portal.Content.Import;
using Portal.Content.Markdown;
using Portal.Content.Publishing;
using Portal.Content.ReadModel;
using Portal.Content.Taxonomies;
using Portal.Content.Types;
using Portal.Content.Urls;

namespace Portal.Content;

public static class ContentFeature
{
    /// <summary>The content core: taxonomies from <c>seeds/</c>, Markdown, versioned operations and import.</summary>
    public static IHostApplicationBuilder AddPortalContent(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PortalOptions>().BindConfiguration(PortalOptions.Section);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(services => TaxonomyLoader.Load(services.GetRequiredService<IOptions<PortalOptions>>().Value.SeedsPath));
        builder.Services.AddBuiltInContentTypes();
        builder.Services.AddSingleton<SiteUrls>();
        builder.Services.AddSingleton<MarkdownRenderer>();
        builder.Services.AddSingleton<ContentFileReader>();
        builder.Services.AddSingleton<ContentTermBuilder>();
        builder.Services.AddSingleton<ContentImporter>();
        builder.Services.AddScoped<ContentOperations>();
        builder.Services.AddScoped<ContentValidator>();
        // Registered before the caches that follow changes (the site's output cache), so that it has heard of a change before they drop their copies.
        builder.Services.AddSingleton<PublicReadModel>();
        builder.Services.AddSingleton<IContentChangeHandler>(services => services.GetRequiredService<PublicReadModel>());
        builder.Services.AddSingleton<IPublicChangeFollower>(services => services.GetRequiredService<PublicReadModel>());
        return builder;
    }
}
