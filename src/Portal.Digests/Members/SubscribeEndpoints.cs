using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Content.Storage;
using Portal.Content.Taxonomies;
using Portal.Content.Urls;
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
        // The form in each culture the site serves, as the pages that link to it are; it always posts to the one /subscribe.
        var urls = app.ServiceProvider.GetRequiredService<SiteUrls>();
        foreach (var culture in urls.Cultures)
        {
            app.MapGet(urls.Path(culture, SiteUrls.SubscribePath), ShowForm);
        }

        app.MapPost(SiteUrls.SubscribePath, Subscribe);
        app.MapGet(SiteUrls.ConfirmPath, Confirm);
        app.MapPost(SiteUrls.ConfirmPath, ApplyChange);
        return app;
    }

    /// <summary>The form in the culture of its path, with the cluster of <c>?cluster=</c> (the cluster page's call) ticked.</summary>
    public static async Task<ContentHttpResult> ShowForm(string? cluster, HttpContext context, ClusterCatalog catalog, Taxonomy taxonomy, SiteUrls urls, CancellationToken cancellationToken)
    {
        var culture = urls.CultureOf(context.Request.Path.Value ?? "/");
        var clusters = await catalog.ListAsync(culture, cancellationToken);
        return HtmlResults.Page(MemberPages.SubscribeForm(clusters, taxonomy.Site.ContentCultures, culture, [.. clusters.Where(c => c.Id == cluster).Select(c => c.Id)]));
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

    /// <summary>
    /// A confirmation link activates its subscription. A change link only shows the change and a
    /// button: link scanners open links, and a change asked for by anyone must wait for a person.
    /// </summary>
    public static async Task<ContentHttpResult> Confirm(string? token, SubscriptionTokens tokens, SubscriptionService service, ClusterCatalog catalog, PortalLinks links, HttpContext context, PortalDbContext db, CancellationToken cancellationToken)
    {
        if (await tokens.FindAsync(db, token, TokenPurpose.Confirm, cancellationToken) is { } subscription)
        {
            await service.ConfirmAsync(subscription, cancellationToken);
            return Confirmed(subscription, tokens, links, context);
        }

        if (await tokens.FindChangeAsync(db, token, cancellationToken) is (_, var change))
        {
            var clusters = await catalog.ListAsync(change.Culture, cancellationToken);
            return HtmlResults.Page(MemberPages.ConfirmChange(token!, change, clusters));
        }

        return InvalidLink();
    }

    /// <summary>The button of a change link: applies the change it carries, and uses the link up.</summary>
    public static async Task<ContentHttpResult> ApplyChange(string? token, SubscriptionTokens tokens, SubscriptionService service, PortalLinks links, HttpContext context, PortalDbContext db, CancellationToken cancellationToken)
    {
        if (await tokens.FindChangeAsync(db, token, cancellationToken) is not var (subscription, change))
        {
            return InvalidLink();
        }

        await service.ApplyChangeAsync(subscription, change, cancellationToken);
        return Confirmed(subscription, tokens, links, context);
    }

    private static ContentHttpResult Confirmed(Subscription subscription, SubscriptionTokens tokens, PortalLinks links, HttpContext context) =>
        HtmlResults.Page(MemberPages.Confirmed(links.PageBaseUrl(context) + SiteUrls.WithToken(SiteUrls.PreferencesPath, tokens.Create(subscription, TokenPurpose.Preferences))));

    private static ContentHttpResult InvalidLink() =>
        HtmlResults.BadRequest("This confirmation link is not valid, or has expired or been used: subscribe again to get a new one.");
}
