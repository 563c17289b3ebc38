using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Digests.Alerts;
using Portal.IntegrationTests.Admin;

namespace Portal.IntegrationTests.Digests.Alerts;

/// <summary>What the alert tests do as a visitor and a member would: search, press the alert button, save; and what they read back.</summary>
public static partial class AlertSteps
{
    /// <summary>The search page's "alert me" form for <paramref name="search"/> (a query string), as the link it sends the browser to.</summary>
    public static async Task<string> AlertLinkOnSearchPageAsync(DigestsSite site, string search)
    {
        using var client = site.CreateClient();
        var page = await client.GetStringAsync(new Uri("/search?" + search, UriKind.Relative), TestContext.Current.CancellationToken);
        var form = AlertForm().Match(page);
        Assert.True(form.Success, "the search page has no alert form");
        var fields = HiddenField().Matches(form.Groups["fields"].Value)
            .Select(m => $"{m.Groups["name"].Value}={Uri.EscapeDataString(WebUtility.HtmlDecode(m.Groups["value"].Value))}");
        return $"{WebUtility.HtmlDecode(form.Groups["action"].Value)}?{string.Join('&', fields)}";
    }

    /// <summary>Searches, follows the page's alert form signed in, and saves the alert with the form that page shows.</summary>
    public static async Task SaveFromSearchPageAsync(DigestsSite site, AdminSession member, string search)
    {
        var link = await AlertLinkOnSearchPageAsync(site, search);
        var page = await member.GetPageAsync(link);
        var fields = HiddenField().Matches(SaveForm().Match(page).Value)
            .Select(m => new KeyValuePair<string, string>(m.Groups["name"].Value, WebUtility.HtmlDecode(m.Groups["value"].Value)))
            .Where(f => f.Key != "__RequestVerificationToken")
            .ToList();
        using var saved = await member.PostFormAsync(link, fields, "/account/alerts?handler=save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    public static Task<List<SearchAlert>> AlertsAsync(DigestsSite site) =>
        site.QueryAsync(db => db.Set<SearchAlert>().AsNoTracking().OrderBy(a => a.CreatedUtc).ToListAsync(TestContext.Current.CancellationToken));

    /// <summary>The one-click address in a mail's List-Unsubscribe header.</summary>
    public static string UnsubscribeLink(MimeKit.MimeMessage mail) => (mail.Headers["List-Unsubscribe"] ?? "").Trim('<', '>');

    public static async Task<HttpResponseMessage> OneClickAsync(DigestsSite site, string link, bool withBody = true)
    {
        using var client = site.CreateClient();
        using var body = new FormUrlEncodedContent(withBody ? [new("List-Unsubscribe", "One-Click")] : []);
        return await client.PostAsync(new Uri(link), body, TestContext.Current.CancellationToken);
    }

    [GeneratedRegex("""<form class="search-alert" action="(?<action>[^"]+)" method="get">(?<fields>.*?)</form>""", RegexOptions.Singleline)]
    private static partial Regex AlertForm();

    [GeneratedRegex("""<form method="post"[^>]*id="save-alert"[^>]*>.*?</form>""", RegexOptions.Singleline)]
    private static partial Regex SaveForm();

    [GeneratedRegex("""<input type="hidden" name="(?<name>[^"]+)"(?: value="(?<value>[^"]*)")?""")]
    private static partial Regex HiddenField();
}
