using Microsoft.AspNetCore.Http;
using Portal.Content.Storage;
using Portal.Content.Urls;
using Portal.Digests.Members;
using Portal.Digests.Subscriptions;
using Portal.Digests.Tokens;

namespace Portal.Site.Members;

/// <summary><c>/subscribe/confirm?token=</c>: the double opt-in's second step, in the culture the member chose for mail.</summary>
public static class ConfirmPage
{
    /// <summary>
    /// A confirmation link activates its subscription. A change link only shows the change and a
    /// button: link scanners open links, and a change asked for by anyone must wait for a person.
    /// </summary>
    public static async Task<IResult> Confirm(string? token, MemberPageContext member, SubscriptionTokens tokens, SubscriptionService service, PortalDbContext db)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(service);
        if (await tokens.FindAsync(db, token, TokenPurpose.Confirm, member.Aborted) is { } subscription)
        {
            await service.ConfirmAsync(subscription, member.Aborted);
            return await ConfirmedAsync(member, subscription, tokens);
        }

        if (await tokens.FindChangeAsync(db, token, member.Aborted) is (_, var change))
        {
            member.ShowIn(change.Culture);
            var titles = (await member.ClustersAsync()).ToDictionary(c => c.Id, c => c.Title, StringComparer.Ordinal);
            return await member.MessageAsync(new MemberMessage(member.Word("change_title"), [member.Format("change_intro", change.Email)])
            {
                Items = [.. change.Clusters.Select(id => titles.GetValueOrDefault(id, id))],
                Action = SiteUrls.WithToken(SiteUrls.ConfirmPath, token!),
                Button = member.Word("change_button"),
                After = [member.Format("change_summary", member.FrequencyName(change.Frequency), member.LanguageName(change.Culture)), member.Word("change_ignore")],
            });
        }

        return await member.InvalidLinkAsync("confirm_invalid_text");
    }

    /// <summary>The button of a change link: applies the change it carries, and uses the link up.</summary>
    public static async Task<IResult> ApplyChange(string? token, MemberPageContext member, SubscriptionTokens tokens, SubscriptionService service, PortalDbContext db)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(service);
        if (await tokens.FindChangeAsync(db, token, member.Aborted) is not var (subscription, change))
        {
            return await member.InvalidLinkAsync("confirm_invalid_text");
        }

        await service.ApplyChangeAsync(subscription, change, member.Aborted);
        return await ConfirmedAsync(member, subscription, tokens);
    }

    private static Task<IResult> ConfirmedAsync(MemberPageContext member, Subscription subscription, SubscriptionTokens tokens)
    {
        member.ShowIn(subscription.Culture);
        return member.MessageAsync(new MemberMessage(member.Word("confirmed_title"), [member.Word("confirmed_text")])
        {
            Links =
            [
                (SiteUrls.WithToken(SiteUrls.PreferencesPath, tokens.Create(subscription, TokenPurpose.Preferences)), member.Word("preferences_link")),
                member.HomeLink,
            ],
        });
    }
}
