using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Portal.Content.Publishing;
using Portal.Content.Types;
using Portal.Content.Urls;
using Portal.Site.Caching;
using Portal.Site.Content;
using Portal.Site.Events;
using Portal.Site.Feeds;
using Portal.Site.Members;
using Portal.Site.Pages;
using Portal.Site.Rendering;
using Portal.Site.Theming;

namespace Portal.Site;

public static class SiteFeature
{
    /// <summary>The public site: the theme's templates, words and assets, the pages and feeds, compression and output caching.</summary>
    public static IHostApplicationBuilder AddPortalSite(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.Section);
        builder.Services.AddSingleton<ThemeFolder>();
        builder.Services.AddSingleton<TemplateStore>();
        builder.Services.AddSingleton<ThemeLocales>();
        builder.Services.AddSingleton<Portal.Search.Querying.IContentTypeLabels, ThemeTypeLabels>();
        builder.Services.AddSingleton<ThemeAssets>();
        builder.Services.AddSingleton<SiteCultures>();
        builder.Services.AddSingleton<PageRenderer>();
        builder.Services.AddScoped<SiteContent>();
        builder.Services.AddScoped<SitePageContext>();
        builder.Services.AddScoped<MemberPageContext>();
        builder.Services.AddSingleton<IItemPagePart, ClusterPagePart>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<SiteCacheEviction>();
        builder.Services.AddSingleton<IContentChangeHandler>(services => services.GetRequiredService<SiteCacheEviction>());
        builder.Services.AddSingleton<IPublicChangeFollower>(services => services.GetRequiredService<SiteCacheEviction>());
        builder.Services.AddSingleton<EventCalendar>();
        builder.Services.AddResponseCompression(compression =>
        {
            compression.EnableForHttps = true;
            compression.Providers.Add<BrotliCompressionProvider>();
            compression.Providers.Add<GzipCompressionProvider>();
            compression.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/rss+xml", "text/calendar", "image/svg+xml"]);
        });
        builder.Services.AddOutputCache(cache => cache.AddPolicy(SiteCacheEviction.Tag, policy => policy
            .Tag(SiteCacheEviction.Tag)
            .SetVaryByQuery("*")
            .Expire(TimeSpan.FromSeconds(builder.Configuration.GetValue($"{SiteOptions.Section}:CacheSeconds", 600)))));
        return builder;
    }

    /// <summary>
    /// The theme's assets, cached for a year (their links carry their hash). Before routing, so that
    /// the site's 404 fallback does not shadow them.
    /// </summary>
    public static IApplicationBuilder UseThemeAssets(this IApplicationBuilder app)
    {
        var theme = app.ApplicationServices.GetRequiredService<ThemeFolder>();
        if (Directory.Exists(theme.Assets))
        {
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = new PhysicalFileProvider(theme.Assets),
                RequestPath = ThemeAssets.RequestPath,
                OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable",
            });
        }

        return app;
    }

    /// <summary>After routing: it needs the endpoint, to leave Razor pages and signed-in endpoints alone.</summary>
    public static IApplicationBuilder UseFormReadingGuard(this IApplicationBuilder app) => app.UseMiddleware<FormReadingGuard>();

    /// <summary>The output cache, unless <c>Portal:Site:OutputCache</c> is off; after routing, so that it sees the endpoint's policy.</summary>
    public static IApplicationBuilder UseSiteOutputCache(this IApplicationBuilder app) =>
        app.ApplicationServices.GetRequiredService<IOptions<SiteOptions>>().Value.OutputCache ? app.UseOutputCache() : app;

    /// <summary>
    /// Maps the pages under the default culture (no prefix) and under each other culture's prefix;
    /// any other path answers the theme's 404. Resolving the templates here fails start-up on a
    /// missing or broken one.
    /// </summary>
    public static WebApplication MapPortalSite(this WebApplication app)
    {
        _ = app.Services.GetRequiredService<TemplateStore>();
        var cultures = app.Services.GetRequiredService<SiteCultures>();
        var catalog = app.Services.GetRequiredService<ContentTypeCatalog>();
        foreach (var culture in cultures.All)
        {
            var group = app.MapGroup(culture.Prefix).WithMetadata(culture).CacheOutput(SiteCacheEviction.Tag);
            group.MapGet("/", SitePages.Home);
            group.MapGet("/clusters", SitePages.Clusters);
            group.MapGet("/case-studies", SitePages.CaseStudies);
            group.MapGet("/events", SitePages.Events);
            foreach (var type in catalog.All)
            {
                group.MapGet($"/{type.UrlSegment}/{{slug}}", ItemPage.For(type));
            }

            group.MapGet("/search", SearchPage.Search);
            group.MapGet("/clusters/{slug}" + SiteFeeds.FeedPath, SiteFeeds.ClusterFeed);
            group.MapGet(SiteFeeds.FeedPath, SiteFeeds.SiteFeed);
        }

        var root = app.MapGroup("").CacheOutput(SiteCacheEviction.Tag);
        foreach (var type in catalog.All.Where(t => t.Schedule is not null))
        {
            root.MapGet($"/{type.UrlSegment}.ics", SiteFeeds.TypeCalendar(type));
            root.MapGet($"/{type.UrlSegment}/{{slug}}.ics", SiteFeeds.ItemCalendar(type));
        }

        root.MapGet("/sitemap.xml", SiteFeeds.Sitemap);
        root.MapGet("/robots.txt", SiteFeeds.Robots);
        root.MapThemeIcon(app.Services.GetRequiredService<ThemeFolder>());
        app.MapFallback("{*path}", SiteFallback.NotFound);
        return app;
    }

    /// <summary>
    /// The members' pages, rendered in the theme with the services of Portal.Digests: the subscribe
    /// form under each culture's prefix (it posts to the one <c>/subscribe</c>), and the pages of the
    /// signed links in mail. Never output-cached: they answer one person, and carry antiforgery tokens
    /// or a person's address.
    /// </summary>
    public static WebApplication MapPortalMembers(this WebApplication app)
    {
        foreach (var culture in app.Services.GetRequiredService<SiteCultures>().All)
        {
            app.MapGroup(culture.Prefix).WithMetadata(culture).MapGet(SiteUrls.SubscribePath, SubscribePage.ShowForm);
        }

        app.MapPost(SiteUrls.SubscribePath, SubscribePage.Subscribe);
        app.MapGet(SiteUrls.ConfirmPath, ConfirmPage.Confirm);
        app.MapPost(SiteUrls.ConfirmPath, ConfirmPage.ApplyChange);
        app.MapGet(SiteUrls.PreferencesPath, PreferencesPage.ShowPreferences);
        app.MapPost(SiteUrls.PreferencesPath, PreferencesPage.SavePreferences);
        app.MapGet(SiteUrls.UnsubscribePath, UnsubscribePage.ShowButton);
        app.MapPost(SiteUrls.UnsubscribePath, UnsubscribePage.Unsubscribe);
        app.MapGet(SiteUrls.AlertUnsubscribePath, AlertUnsubscribePage.ShowButton);
        app.MapPost(SiteUrls.AlertUnsubscribePath, AlertUnsubscribePage.Unsubscribe);
        return app;
    }
}
