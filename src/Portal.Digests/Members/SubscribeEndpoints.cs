using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Portal.Content.Taxonomies;
using Portal.Digests.Mail;
using Portal.Digests.Subscriptions;
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

    public static async Task<ContentHttpResult> ShowForm(ClusterCatalog catalog, Taxonomy taxonomy, CancellationToken cancellationToken)
    {
        var clusters = await catalog.ListAsync(taxonomy.Site.DefaultCulture, cancellationToken);
        return HtmlResults.Page(MemberPages.SubscribeForm(clusters, taxonomy.Site.ContentCultures));
    }

    /// <summary>
    /// A plain form post, from this site's page or a partner's: no token of this site is needed,
    /// since only the mail's link activates anything. A filled honeypot field is answered as a
    /// success and does nothing; beyond the per-client and per-address allowance, 429.
    /// </summary>
    public static async Task<ContentHttpResult> Subscribe(
        HttpContext context,
        ClusterCatalog catalog,
        SubscriptionFormReader reader,
        SubscriptionService service,
        SubscribeLimits limits,
        Taxonomy taxonomy,
        ILogger<SubscriptionService> logger,
        CancellationToken cancellationToken)
    {
        if (!context.Request.HasFormContentType)
        {
            return HtmlResults.BadRequest("Send the subscribe form as a form: email, clusters, frequency and culture.");
        }

        var form = await context.Request.ReadFormAsync(cancellationToken);
        if (!string.IsNullOrEmpty(form[MemberPages.HoneypotField].ToString()))
        {
            return HtmlResults.Page(MemberPages.CheckYourMail());
        }

        var clusters = await catalog.ListAsync(taxonomy.Site.DefaultCulture, cancellationToken);
        var (request, problems) = reader.Read(form, clusters);
        if (request is null)
        {
            return HtmlResults.BadRequest([.. problems]);
        }

        if (limits.Refusal(context.Connection.RemoteIpAddress?.ToString() ?? "", EmailAddresses.Key(request.Email)) is { } retryAfter)
        {
            context.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return HtmlResults.Page(MemberPages.TooManyRequests(retryAfter), StatusCodes.Status429TooManyRequests);
        }

        try
        {
            await service.SubscribeAsync(request, cancellationToken);
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
        if (subscription is not null)
        {
            await service.ConfirmAsync(subscription, cancellationToken);
        }
        else if (await tokens.FindChangeAsync(db, token, cancellationToken) is var (changed, change)
            && changed.Status == SubscriptionStatus.Active && EmailAddresses.Key(change.Email) == changed.EmailKey)
        {
            subscription = changed;
            await service.ApplyChangeAsync(subscription, change, cancellationToken);
        }
        else
        {
            return HtmlResults.BadRequest("This confirmation link is not valid, or has expired or been used: subscribe again to get a new one.");
        }

        var preferences = PortalLinks.Combine(links.PageBaseUrl(context), "/subscribe/preferences", tokens.Create(subscription, TokenPurpose.Preferences));
        return HtmlResults.Page(MemberPages.Confirmed(preferences));
    }
}
