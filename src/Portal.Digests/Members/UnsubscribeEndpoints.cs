using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Portal.Content.Storage;
using Portal.Content.Urls;
using Portal.Digests.Tokens;

namespace Portal.Digests.Members;

/// <summary>
/// <c>/unsubscribe?token=</c>. A GET only shows a button, since link scanners open links; the POST
/// (RFC 8058 one-click, and the button) ends the subscription at once. The signed token is the
/// whole authority: no cookie, no antiforgery, no redirect.
/// </summary>
public static class UnsubscribeEndpoints
{
    public const string OneClickField = "List-Unsubscribe";
    public const string OneClickValue = "One-Click";

    public static IEndpointRouteBuilder MapUnsubscribeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(SiteUrls.UnsubscribePath, ShowButton);
        app.MapPost(SiteUrls.UnsubscribePath, Unsubscribe);
        return app;
    }

    public static async Task<ContentHttpResult> ShowButton(string? token, SubscriptionTokens tokens, PortalDbContext db, CancellationToken cancellationToken)
    {
        var subscription = await tokens.FindAsync(db, token, TokenPurpose.Unsubscribe, cancellationToken);
        return subscription is null
            ? HtmlResults.BadRequest("This unsubscribe link is not valid.")
            : HtmlResults.Page(MemberPages.UnsubscribeConfirm(token!));
    }

    public static async Task<ContentHttpResult> Unsubscribe(string? token, HttpContext context, SubscriptionTokens tokens, SubscriptionService service, PortalDbContext db, CancellationToken cancellationToken)
    {
        var subscription = await tokens.FindAsync(db, token, TokenPurpose.Unsubscribe, cancellationToken);
        if (subscription is null)
        {
            return HtmlResults.BadRequest("This unsubscribe link is not valid.");
        }

        if (!await IsOneClickAsync(context.Request, cancellationToken))
        {
            return HtmlResults.BadRequest($"An unsubscribe request carries the form field {OneClickField}={OneClickValue}.");
        }

        await service.UnsubscribeAsync(subscription, cancellationToken);
        return HtmlResults.Page(MemberPages.Unsubscribed());
    }

    /// <summary>Whether the POST carries RFC 8058's body, which a link scanner's request does not.</summary>
    public static async Task<bool> IsOneClickAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.HasFormContentType && (await request.ReadFormAsync(cancellationToken))[OneClickField].ToString() == OneClickValue;
    }
}
