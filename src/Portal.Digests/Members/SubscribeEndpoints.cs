using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Portal.Content.Taxonomies;
using Portal.Digests.Mail;
using Portal.Digests.Tokens;
using Portal.Templating;

namespace Portal.Digests.Members;

/// <summary><c>/subscribe</c> (form and request) and <c>/subscribe/confirm</c>: double opt-in.</summary>
public static class SubscribeEndpoints
{
    public static IEndpointRouteBuilder MapSubscribeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/subscribe", ShowForm);
        app.MapPost("/subscribe", Subscribe);
        app.MapGet("/subscribe/confirm", Confirm);
        return app;
    }

    public static async Task<ContentHttpResult> ShowForm(HttpContext context, IAntiforgery antiforgery, ClusterCatalog catalog, Taxonomy taxonomy, CancellationToken cancellationToken)
    {
        var clusters = await catalog.ListAsync(taxonomy.Site.DefaultCulture, cancellationToken);
        return HtmlResults.Page(MemberPages.SubscribeForm(clusters, taxonomy.Site.ContentCultures, antiforgery.GetAndStoreTokens(context)));
    }

    public static async Task<ContentHttpResult> Subscribe(
        HttpContext context,
        IAntiforgery antiforgery,
        ClusterCatalog catalog,
        SubscriptionFormReader reader,
        SubscriptionService service,
        PortalLinks links,
        Taxonomy taxonomy,
        ILogger<SubscriptionService> logger,
        CancellationToken cancellationToken)
    {
        if (!context.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(context))
        {
            return HtmlResults.BadRequest("The form has expired or did not come from this site: reload the subscribe page and send it again.");
        }

        var form = await context.Request.ReadFormAsync(cancellationToken);
        var clusters = await catalog.ListAsync(taxonomy.Site.DefaultCulture, cancellationToken);
        var (request, problems) = reader.Read(form, clusters);
        if (request is null)
        {
            return HtmlResults.BadRequest([.. problems]);
        }

        try
        {
            await service.SubscribeAsync(request, links.BaseUrl(context), cancellationToken);
        }
        catch (MailSendException e)
        {
            logger.LogError(e, "The confirmation mail could not be sent");
            return HtmlResults.Page(MemberPages.BadRequest(["The confirmation mail could not be sent just now. Please try again in a few minutes."]), StatusCodes.Status503ServiceUnavailable);
        }
        catch (TemplateRenderException e)
        {
            logger.LogError(e, "The confirmation mail could not be rendered");
            return HtmlResults.Page(MemberPages.BadRequest(["The confirmation mail could not be made: the site's mail templates are broken. Please tell the site's editors."]), StatusCodes.Status500InternalServerError);
        }

        return HtmlResults.Page(MemberPages.CheckYourMail());
    }

    public static async Task<ContentHttpResult> Confirm(string? token, SubscriptionTokens tokens, SubscriptionService service, PortalLinks links, HttpContext context, Content.Storage.PortalDbContext db, CancellationToken cancellationToken)
    {
        var subscription = await tokens.FindAsync(db, token, TokenPurpose.Confirm, cancellationToken);
        if (subscription is null)
        {
            return HtmlResults.BadRequest("This confirmation link is not valid, or has expired or been used: subscribe again to get a new one.");
        }

        await service.ConfirmAsync(subscription, cancellationToken);
        var preferences = PortalLinks.Combine(links.BaseUrl(context), "/subscribe/preferences", tokens.Create(subscription, TokenPurpose.Preferences));
        return HtmlResults.Page(MemberPages.Confirmed(preferences));
    }
}
