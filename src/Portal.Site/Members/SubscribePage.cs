using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Portal.Content.Urls;
using Portal.Digests.Mail;
using Portal.Digests.Members;
using Portal.Digests.Subscriptions;
using Portal.Site.Rendering;
using Portal.Templating;

namespace Portal.Site.Members;

/// <summary>
/// <c>/subscribe</c>: the form under each culture's prefix, and the request, posted to the one
/// <c>/subscribe</c> by this site's form or a partner's. Its answer comes in the culture of the page
/// the form was on (the hidden <see cref="PageCultureField"/>), the default culture without one.
/// </summary>
public static class SubscribePage
{
    /// <summary>
    /// The culture of the page that sent the form. A field rather than the Referer, which browsers
    /// and privacy tools may leave out; it is not the <c>culture</c> of the mail the person chooses.
    /// </summary>
    public const string PageCultureField = "page_culture";

    /// <summary>The longest address echoed back into a refused form, as the field allows.</summary>
    private const int EchoedEmailLength = 254;

    /// <summary>The form in the culture of its path, with the cluster of <c>?cluster=</c> (the cluster page's call) ticked.</summary>
    public static async Task<IResult> ShowForm(string? cluster, MemberPageContext member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var clusters = await member.ClustersAsync();
        var chosen = clusters.Where(c => c.Id == cluster).Select(c => c.Id).ToList();
        return await FormAsync(member, clusters, "", chosen, DigestFrequency.Weekly, member.Culture.Code, [], StatusCodes.Status200OK);
    }

    /// <summary>
    /// A plain form post, from this site's page or a partner's: no token of this site is needed,
    /// since only the mail's link activates anything. A filled honeypot field is answered as a
    /// success and does nothing; beyond the per-client and per-address allowance, 429. A form with
    /// a problem comes back filled in, each problem beside its field, and nothing is sent.
    /// </summary>
    public static async Task<IResult> Subscribe(
        MemberPageContext member, SubscriptionFormReader reader, SubscriptionService service, SubscribeLimits limits, ILogger<SubscriptionService> logger)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(limits);
        var http = member.Page.Http;
        if (!http.Request.HasFormContentType)
        {
            return await member.MessageAsync(
                new MemberMessage(member.Word("bad_request_title"), [member.Word("subscribe_not_a_form"), member.Word("nothing_changed")])
                {
                    Links = [(member.Page.Urls.Subscribe(member.Culture.Code), member.Word("subscribe_heading"))],
                },
                StatusCodes.Status400BadRequest);
        }

        var form = await http.Request.ReadFormAsync(member.Aborted);
        member.ShowIn(form[PageCultureField].ToString());
        if (!string.IsNullOrEmpty(form[SubscriptionFormReader.HoneypotField].ToString()))
        {
            return await CheckYourMailAsync(member);
        }

        var clusters = await member.ClustersAsync();
        var (request, problems) = reader.Read(form, clusters);
        if (request is null)
        {
            var email = form[SubscriptionFormReader.EmailField].ToString().Trim();
            return await FormAsync(
                member,
                clusters,
                email.Length > EchoedEmailLength ? email[..EchoedEmailLength] : email,
                SubscriptionFormReader.Clusters(form),
                SubscriptionFormReader.Frequency(form[SubscriptionFormReader.FrequencyField]),
                form[SubscriptionFormReader.CultureField].ToString().Trim(),
                problems,
                StatusCodes.Status400BadRequest);
        }

        if (limits.Refusal(http.Connection.RemoteIpAddress?.ToString() ?? "", EmailAddresses.Key(request.Email)) is { } retryAfter)
        {
            http.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            var minutes = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalMinutes));
            return await member.MessageAsync(
                new MemberMessage(member.Word("too_many_title"), [member.Word("too_many_text"), member.Format("too_many_retry", minutes)]),
                StatusCodes.Status429TooManyRequests);
        }

        try
        {
            await service.SubscribeAsync(request, member.Aborted);
        }
        catch (MailSendException e)
        {
            logger.LogError(e, "The confirmation mail could not be sent");
            return await member.MessageAsync(new MemberMessage(member.Word("mail_failed_title"), [member.Word("mail_failed_text")]), StatusCodes.Status503ServiceUnavailable);
        }
        catch (TemplateRenderException e)
        {
            logger.LogError(e, "The confirmation mail could not be rendered");
            return await member.MessageAsync(new MemberMessage(member.Word("mail_broken_title"), [member.Word("mail_broken_text")]), StatusCodes.Status500InternalServerError);
        }

        return await CheckYourMailAsync(member);
    }

    private static Task<IResult> CheckYourMailAsync(MemberPageContext member) =>
        member.MessageAsync(new MemberMessage(member.Word("check_mail_title"), [member.Word("check_mail_text")])
        {
            Links = [member.HomeLink],
        });

    private static Task<IResult> FormAsync(
        MemberPageContext member, IReadOnlyList<ClusterOption> clusters, string email, IReadOnlyCollection<string> chosen, DigestFrequency? frequency, string culture, IReadOnlyList<FormProblem> problems, int status)
    {
        var model = new LiquidModel
        {
            ["action"] = SiteUrls.SubscribePath,
            ["page_culture_field"] = PageCultureField,
            ["honeypot"] = SubscriptionFormReader.HoneypotField,
            ["email"] = email,
            ["account_url"] = SiteUrls.AccountSubscriptionsPath,
            ["fields"] = member.Fields(clusters, chosen, frequency, culture, problems),
        };
        var title = member.Word("subscribe_heading");
        if (status == StatusCodes.Status200OK)
        {
            // The form itself is the same for everyone: a public page with its alternates in each culture.
            return member.Page.RenderAsync(new PageView("subscribe", title, member.Word("subscribe_intro"), model));
        }

        return member.RenderAsync("subscribe", title, model, status);
    }
}
