using Microsoft.AspNetCore.Http;
using Portal.Content.Storage;
using Portal.Content.Urls;
using Portal.Digests.Alerts;
using Portal.Digests.Tokens;

namespace Portal.Site.Members;

/// <summary>
/// <c>/alerts/unsubscribe?token=</c>: the one-click unsubscribe of one search alert (RFC 8058), as
/// <c>/unsubscribe</c> is for digests, in the alert's culture. A GET shows a button; the POST with the
/// one-click body ends that alert only. The signed token is the whole authority: no cookie, no antiforgery, no redirect.
/// </summary>
public static class AlertUnsubscribePage
{
    public static async Task<IResult> ShowButton(string? token, MemberPageContext member, SubscriptionTokens tokens, PortalDbContext db)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(tokens);
        if (await tokens.FindAlertAsync(db, token, member.Aborted) is not { } alert)
        {
            return await InvalidAsync(member);
        }

        member.ShowIn(alert.Culture);
        return await member.MessageAsync(new MemberMessage(member.Word("alert_stop_title"), [member.Format("alert_stop_question", alert.Title)])
        {
            Action = SiteUrls.WithToken(SiteUrls.AlertUnsubscribePath, token!),
            Button = member.Word("alert_stop_button"),
            Hidden = [(UnsubscribePage.OneClickField, UnsubscribePage.OneClickValue)],
        });
    }

    public static async Task<IResult> Unsubscribe(string? token, MemberPageContext member, SubscriptionTokens tokens, AlertService alerts, PortalDbContext db)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(alerts);
        if (await tokens.FindAlertAsync(db, token, member.Aborted) is not { } alert)
        {
            return await InvalidAsync(member);
        }

        member.ShowIn(alert.Culture);
        if (!await UnsubscribePage.IsOneClickAsync(member.Page.Http.Request, member.Aborted))
        {
            return await UnsubscribePage.NotOneClickAsync(member, SiteUrls.WithToken(SiteUrls.AlertUnsubscribePath, token!));
        }

        // Ending an alert already ended answers alike: a second click, or a client that posts twice, is no error.
        await alerts.EndAsync(alert, member.Aborted);
        return await member.MessageAsync(new MemberMessage(member.Word("alert_stopped_title"), [member.Format("alert_stopped_text", alert.Title)])
        {
            Links = [(SiteUrls.AccountAlertsPath, member.Word("alert_manage")), (member.Page.Urls.Search(member.Culture.Code, []), member.Word("search"))],
        });
    }

    private static Task<IResult> InvalidAsync(MemberPageContext member) =>
        member.MessageAsync(new MemberMessage(member.Word("link_invalid_title"), [member.Word("alert_invalid_text"), member.Word("nothing_changed")])
        {
            Links = [(SiteUrls.AccountAlertsPath, member.Word("alert_manage")), member.HomeLink],
        }, StatusCodes.Status400BadRequest);
}
