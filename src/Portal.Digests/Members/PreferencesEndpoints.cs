using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Portal.Content.Storage;
using Portal.Content.Taxonomies;
using Portal.Content.Urls;
using Portal.Digests.Subscriptions;
using Portal.Digests.Tokens;

namespace Portal.Digests.Members;

/// <summary><c>/subscribe/preferences?token=</c>, linked from every digest: clusters, frequency, culture, and a way out.</summary>
public static class PreferencesEndpoints
{
    public static IEndpointRouteBuilder MapPreferencesEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(SiteUrls.PreferencesPath, ShowPreferences);
        app.MapPost(SiteUrls.PreferencesPath, SavePreferences);
        return app;
    }

    public static async Task<ContentHttpResult> ShowPreferences(string? token, HttpContext context, IAntiforgery antiforgery, SubscriptionTokens tokens, ClusterCatalog catalog, Taxonomy taxonomy, PortalLinks links, PortalDbContext db, CancellationToken cancellationToken)
    {
        var subscription = await FindAsync(tokens, db, token, cancellationToken);
        if (subscription is null)
        {
            return HtmlResults.BadRequest("This preferences link is not valid.");
        }

        return await PageAsync(subscription, token!, context, antiforgery, tokens, catalog, taxonomy, links, saved: false, cancellationToken);
    }

    public static async Task<ContentHttpResult> SavePreferences(
        string? token,
        HttpContext context,
        IAntiforgery antiforgery,
        SubscriptionTokens tokens,
        ClusterCatalog catalog,
        SubscriptionFormReader reader,
        SubscriptionService service,
        Taxonomy taxonomy,
        PortalLinks links,
        PortalDbContext db,
        CancellationToken cancellationToken)
    {
        var subscription = await FindAsync(tokens, db, token, cancellationToken);
        if (subscription is null)
        {
            return HtmlResults.BadRequest("This preferences link is not valid.");
        }

        if (!context.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(context))
        {
            return HtmlResults.BadRequest("The form has expired or did not come from this site: reload the page and send it again.");
        }

        var form = await context.Request.ReadFormAsync(cancellationToken);
        var (request, problems) = reader.Read(form, await catalog.ListAsync(taxonomy.Site.DefaultCulture, cancellationToken), withEmail: false);
        if (request is null)
        {
            return HtmlResults.BadRequest([.. problems]);
        }

        await service.UpdatePreferencesAsync(subscription, request, cancellationToken);
        return await PageAsync(subscription, token!, context, antiforgery, tokens, catalog, taxonomy, links, saved: true, cancellationToken);
    }

    private static async Task<Subscription?> FindAsync(SubscriptionTokens tokens, PortalDbContext db, string? token, CancellationToken cancellationToken)
    {
        var subscription = await tokens.FindAsync(db, token, TokenPurpose.Preferences, cancellationToken);
        // An ended subscription is started again through /subscribe, which asks for confirmation.
        return subscription is { Status: SubscriptionStatus.Active or SubscriptionStatus.Suspended } ? subscription : null;
    }

    private static async Task<ContentHttpResult> PageAsync(Subscription subscription, string token, HttpContext context, IAntiforgery antiforgery, SubscriptionTokens tokens, ClusterCatalog catalog, Taxonomy taxonomy, PortalLinks links, bool saved, CancellationToken cancellationToken)
    {
        var clusters = await catalog.ListAsync(subscription.Culture, cancellationToken);
        var unsubscribe = links.PageBaseUrl(context) + SiteUrls.WithToken(SiteUrls.UnsubscribePath, tokens.Create(subscription, TokenPurpose.Unsubscribe));
        return HtmlResults.Page(MemberPages.Preferences(subscription, token, unsubscribe, clusters, taxonomy.Site.ContentCultures, antiforgery.GetAndStoreTokens(context), saved));
    }
}
