using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Portal.Content.Storage;
using Portal.Content.Urls;
using Portal.Digests.Members;
using Portal.Digests.Subscriptions;
using Portal.Digests.Tokens;
using Portal.Site.Rendering;

namespace Portal.Site.Members;

/// <summary>
/// <c>/subscribe/preferences?token=</c>, linked from every digest: clusters, frequency, language, and
/// a way out; shown in the subscription's culture. Its form carries an antiforgery token: unlike
/// <c>/subscribe</c>, it changes a subscription without a mail to confirm.
/// </summary>
public static class PreferencesPage
{
    public static async Task<IResult> ShowPreferences(string? token, MemberPageContext member, IAntiforgery antiforgery, SubscriptionTokens tokens, PortalDbContext db)
    {
        ArgumentNullException.ThrowIfNull(member);
        if (await FindAsync(member, tokens, db, token) is not { } subscription)
        {
            return await member.InvalidLinkAsync("preferences_invalid_text");
        }

        return await PageAsync(member, antiforgery, tokens, subscription, token!, await member.ClustersAsync(), subscription.ClusterIds, subscription.Frequency, subscription.Culture, [], saved: false, StatusCodes.Status200OK);
    }

    public static async Task<IResult> SavePreferences(
        string? token, MemberPageContext member, IAntiforgery antiforgery, SubscriptionTokens tokens, SubscriptionFormReader reader, SubscriptionService service, PortalDbContext db)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(antiforgery);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(service);
        if (await FindAsync(member, tokens, db, token) is not { } subscription)
        {
            return await member.InvalidLinkAsync("preferences_invalid_text");
        }

        var http = member.Page.Http;
        if (!http.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(http))
        {
            return await member.MessageAsync(
                new MemberMessage(member.Word("bad_request_title"), [member.Word("form_expired_text"), member.Word("nothing_changed")])
                {
                    Links = [(SiteUrls.WithToken(SiteUrls.PreferencesPath, token!), member.Word("preferences_title"))],
                },
                StatusCodes.Status400BadRequest);
        }

        var form = await http.Request.ReadFormAsync(member.Aborted);
        var clusters = await member.ClustersAsync();
        var (request, problems) = reader.Read(form, clusters, withEmail: false);
        if (request is null)
        {
            return await PageAsync(
                member, antiforgery, tokens, subscription, token!, clusters, SubscriptionFormReader.Clusters(form), SubscriptionFormReader.Frequency(form[SubscriptionFormReader.FrequencyField]),
                form[SubscriptionFormReader.CultureField].ToString().Trim(), problems, saved: false, StatusCodes.Status400BadRequest);
        }

        await service.UpdatePreferencesAsync(subscription, request, member.Aborted);
        // In the language just chosen, its cluster titles too.
        member.ShowIn(subscription.Culture);
        return await PageAsync(member, antiforgery, tokens, subscription, token!, await member.ClustersAsync(), subscription.ClusterIds, subscription.Frequency, subscription.Culture, [], saved: true, StatusCodes.Status200OK);
    }

    /// <summary>
    /// The subscription of a link that still works, the page shown in its culture. An ended one is
    /// started again through /subscribe, which asks for confirmation: its link explains that in the
    /// member's culture, which a link that names no subscription cannot know.
    /// </summary>
    private static async Task<Subscription?> FindAsync(MemberPageContext member, SubscriptionTokens tokens, PortalDbContext db, string? token)
    {
        var subscription = await tokens.FindAsync(db, token, TokenPurpose.Preferences, member.Aborted);
        member.ShowIn(subscription?.Culture);
        return subscription is { Status: SubscriptionStatus.Active or SubscriptionStatus.Suspended } ? subscription : null;
    }

    private static async Task<IResult> PageAsync(
        MemberPageContext member, IAntiforgery antiforgery, SubscriptionTokens tokens, Subscription subscription, string token,
        IReadOnlyList<ClusterOption> clusters, IReadOnlyCollection<string> chosen, DigestFrequency? frequency, string culture, IReadOnlyList<FormProblem> problems, bool saved, int status)
    {
        var forms = antiforgery.GetAndStoreTokens(member.Page.Http);
        var model = new LiquidModel
        {
            ["action"] = SiteUrls.WithToken(SiteUrls.PreferencesPath, token),
            ["antiforgery"] = new LiquidModel { ["name"] = forms.FormFieldName, ["value"] = forms.RequestToken ?? "" },
            ["for_address"] = member.Format("preferences_for", subscription.Email),
            ["saved"] = saved,
            ["unsubscribe_url"] = SiteUrls.WithToken(SiteUrls.UnsubscribePath, tokens.Create(subscription, TokenPurpose.Unsubscribe)),
            ["fields"] = member.Fields(clusters, chosen, frequency, culture, problems),
        };
        return await member.RenderAsync("preferences", member.Word("preferences_title"), model, status);
    }
}
