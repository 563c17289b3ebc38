using Microsoft.AspNetCore.Http;
using Portal.Content.Storage;
using Portal.Content.Urls;
using Portal.Digests.Members;
using Portal.Digests.Tokens;

namespace Portal.Site.Members;

/// <summary>
/// <c>/unsubscribe?token=</c>. A GET only shows a button, since link scanners open links; the POST
/// (RFC 8058 one-click, and the button) ends the subscription at once. The signed token is the
/// whole authority: no cookie, no antiforgery, no redirect.
/// </summary>
public static class UnsubscribePage
{
    public const string OneClickField = "List-Unsubscribe";
    public const string OneClickValue = "One-Click";

    public static async Task<IResult> ShowButton(string? token, MemberPageContext member, SubscriptionTokens tokens, PortalDbContext db)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(tokens);
        if (await tokens.FindAsync(db, token, TokenPurpose.Unsubscribe, member.Aborted) is not { } subscription)
        {
            return await member.InvalidLinkAsync("unsubscribe_invalid_text");
        }

        member.ShowIn(subscription.Culture);
        return await member.MessageAsync(new MemberMessage(member.Word("unsubscribe_title"), [member.Word("unsubscribe_question")])
        {
            Action = SiteUrls.WithToken(SiteUrls.UnsubscribePath, token!),
            Button = member.Word("unsubscribe_button"),
            Hidden = [(OneClickField, OneClickValue)],
        });
    }

    public static async Task<IResult> Unsubscribe(string? token, MemberPageContext member, SubscriptionTokens tokens, SubscriptionService service, PortalDbContext db)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(service);
        if (await tokens.FindAsync(db, token, TokenPurpose.Unsubscribe, member.Aborted) is not { } subscription)
        {
            return await member.InvalidLinkAsync("unsubscribe_invalid_text");
        }

        member.ShowIn(subscription.Culture);
        if (!await IsOneClickAsync(member.Page.Http.Request, member.Aborted))
        {
            return await NotOneClickAsync(member, SiteUrls.WithToken(SiteUrls.UnsubscribePath, token!));
        }

        await service.UnsubscribeAsync(subscription, member.Aborted);
        return await member.MessageAsync(new MemberMessage(member.Word("unsubscribed_title"), [member.Word("unsubscribed_text"), member.Word("unsubscribed_again")])
        {
            Links = [(member.Page.Urls.Subscribe(member.Culture.Code), member.Word("subscribe_again")), member.HomeLink],
        });
    }

    /// <summary>Whether the POST carries RFC 8058's body, which a link scanner's request does not.</summary>
    public static async Task<bool> IsOneClickAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.HasFormContentType && (await request.ReadFormAsync(cancellationToken))[OneClickField].ToString() == OneClickValue;
    }

    /// <summary>A POST without the one-click body: 400, naming the field it lacks, and the page with the button.</summary>
    public static Task<IResult> NotOneClickAsync(MemberPageContext member, string page)
    {
        ArgumentNullException.ThrowIfNull(member);
        return member.MessageAsync(
            new MemberMessage(member.Word("bad_request_title"), [member.Format("one_click_missing", $"{OneClickField}={OneClickValue}"), member.Word("nothing_changed")])
            {
                Links = [(page, member.Word("one_click_page"))],
            },
            StatusCodes.Status400BadRequest);
    }
}
