using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Portal.Content.Storage;
using Portal.Content.Urls;
using Portal.Digests.Members;
using Portal.Digests.Tokens;

namespace Portal.Digests.Alerts;

/// <summary>
/// <c>/alerts/unsubscribe?token=</c>: the one-click unsubscribe of one search alert (RFC 8058), as
/// <c>/unsubscribe</c> is for digests. A GET shows a button; the POST with the one-click body ends that
/// alert only. The signed token is the whole authority: no cookie, no antiforgery, no redirect.
/// </summary>
public static class AlertUnsubscribeEndpoints
{
    private const string Invalid = "This link to stop a search alert is not valid.";

    public static IEndpointRouteBuilder MapAlertUnsubscribeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(SiteUrls.AlertUnsubscribePath, ShowButton);
        app.MapPost(SiteUrls.AlertUnsubscribePath, Unsubscribe);
        return app;
    }

    public static async Task<ContentHttpResult> ShowButton(string? token, SubscriptionTokens tokens, PortalDbContext db, CancellationToken cancellationToken) =>
        await tokens.FindAlertAsync(db, token, cancellationToken) is { } alert
            ? HtmlResults.Page(MemberPages.AlertUnsubscribeConfirm(token!, alert.Title))
            : HtmlResults.BadRequest(Invalid);

    public static async Task<ContentHttpResult> Unsubscribe(string? token, HttpContext context, SubscriptionTokens tokens, AlertService alerts, PortalDbContext db, CancellationToken cancellationToken)
    {
        if (await tokens.FindAlertAsync(db, token, cancellationToken) is not { } alert)
        {
            return HtmlResults.BadRequest(Invalid);
        }

        if (!await UnsubscribeEndpoints.IsOneClickAsync(context.Request, cancellationToken))
        {
            return HtmlResults.BadRequest($"A request to stop an alert carries the form field {UnsubscribeEndpoints.OneClickField}={UnsubscribeEndpoints.OneClickValue}.");
        }

        // Ending an alert already ended answers alike: a second click, or a client that posts twice, is no error.
        await alerts.EndAsync(alert, cancellationToken);
        return HtmlResults.Page(MemberPages.AlertEnded(alert.Title));
    }
}
