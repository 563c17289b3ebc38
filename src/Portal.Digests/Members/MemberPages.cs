using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Portal.Digests.Subscriptions;

namespace Portal.Digests.Members;

/// <summary>
/// The members' pages as plain server-rendered HTML: valid, small and without script, until the
/// theme renders them. Every value is HTML-encoded here.
/// </summary>
public static class MemberPages
{
    /// <summary>A field people never see or fill; a robot that fills every field gets a success page and no mail.</summary>
    public const string HoneypotField = "website";

    public static string SubscribeForm(IReadOnlyList<ClusterOption> clusters, IReadOnlyList<string> cultures, string culture, IReadOnlyList<string> chosen) =>
        Page("Subscribe to digests", $"""
            <h1>Subscribe to digests</h1>
            <p>Signed in? <a href="/account/subscriptions">Manage your subscription from your account</a>.</p>
            <form method="post" action="/subscribe">
            <p><label for="email">Email address</label><br><input type="email" id="email" name="email" required maxlength="254" autocomplete="email"></p>
            <div hidden><label for="{HoneypotField}">Leave this empty</label><input type="text" id="{HoneypotField}" name="{HoneypotField}" tabindex="-1" autocomplete="off"></div>
            {PreferenceFields(clusters, cultures, chosen, DigestFrequency.Weekly, culture)}
            <p><button type="submit">Subscribe</button></p>
            </form>
            """, culture);

    public static string CheckYourMail() =>
        Page("Check your mail", "<h1>Check your mail</h1><p>We have sent a message to the address you gave. Open the link in it to confirm your subscription; nothing else is sent until you do.</p>");

    public static string TooManyRequests(TimeSpan retryAfter) =>
        Page("Too many requests", $"""
            <h1>Too many requests</h1>
            <p>This form has been sent too often for this address or from your network in a short while, so no mail was sent and nothing was changed.</p>
            <p>Please try again in {Math.Max(1, (int)Math.Ceiling(retryAfter.TotalMinutes)).ToString(CultureInfo.InvariantCulture)} minutes.</p>
            """);

    public static string ConfirmChange(string token, SubscriptionRequest change, IReadOnlyList<ClusterOption> clusters)
    {
        var titles = clusters.ToDictionary(c => c.Id, c => c.Title, StringComparer.Ordinal);
        var chosen = string.Concat(change.Clusters.Select(id => $"<li>{Encode(titles.GetValueOrDefault(id, id))}</li>"));
        return Page("Change your digests", $"""
            <h1>Change your digests</h1>
            <p>Someone, probably you, asked to change the digests sent to {Encode(change.Email)} to:</p>
            <ul>{chosen}</ul>
            <p>{Encode(change.Frequency.ToString().ToLowerInvariant())}, in {Encode(change.Culture)}.</p>
            <form method="post" action="/subscribe/confirm?token={Encode(Uri.EscapeDataString(token))}">
            <p><button type="submit">Apply this change</button></p>
            </form>
            <p>If it was not you, close this page: nothing changes.</p>
            """);
    }

    public static string Confirmed(string preferencesUrl) =>
        Page("Subscription confirmed", $"""<h1>Subscription confirmed</h1><p>Digests will come when there is something new in your clusters.</p><p><a href="{Encode(preferencesUrl)}">Change your preferences</a></p>""");

    public static string UnsubscribeConfirm(string token) =>
        Page("Unsubscribe", $"""
            <h1>Unsubscribe</h1>
            <p>Stop all digests to this address?</p>
            <form method="post" action="/unsubscribe?token={Encode(Uri.EscapeDataString(token))}">
            <input type="hidden" name="List-Unsubscribe" value="One-Click">
            <p><button type="submit">Unsubscribe</button></p>
            </form>
            """);

    public static string Unsubscribed() =>
        Page("Unsubscribed", "<h1>Unsubscribed</h1><p>No more digests will be sent to this address.</p>");

    public static string AlertUnsubscribeConfirm(string token, string title) =>
        Page("Stop a search alert", $"""
            <h1>Stop a search alert</h1>
            <p>Stop the alert for the search <q>{Encode(title)}</q>? Your other alerts and your digests stay as they are.</p>
            <form method="post" action="/alerts/unsubscribe?token={Encode(Uri.EscapeDataString(token))}">
            <input type="hidden" name="List-Unsubscribe" value="One-Click">
            <p><button type="submit">Stop this alert</button></p>
            </form>
            """);

    public static string AlertEnded(string title) =>
        Page("Search alert stopped", $"<h1>Search alert stopped</h1><p>Nothing more will be sent for the search <q>{Encode(title)}</q>.</p>");

    public static string Preferences(Subscription subscription, string token, string unsubscribeUrl, IReadOnlyList<ClusterOption> clusters, IReadOnlyList<string> cultures, AntiforgeryTokenSet antiforgery, bool saved = false) =>
        Page("Your digest preferences", $"""
            <h1>Your digest preferences</h1>
            {(saved ? "<p><strong>Saved.</strong></p>" : "")}
            <p>Digests for {Encode(subscription.Email)}.</p>
            <form method="post" action="/subscribe/preferences?token={Encode(Uri.EscapeDataString(token))}">
            {Hidden(antiforgery)}
            {PreferenceFields(clusters, cultures, subscription.ClusterIds, subscription.Frequency, subscription.Culture)}
            <p><button type="submit">Save</button></p>
            </form>
            <p><a href="{Encode(unsubscribeUrl)}">Unsubscribe from all digests</a></p>
            """);

    public static string BadRequest(IEnumerable<string> problems) =>
        Page("Request refused", $"""
            <h1>Request refused</h1>
            <ul>{string.Concat(problems.Select(p => $"<li>{Encode(p)}</li>"))}</ul>
            <p>Nothing was changed.</p>
            """);

    private static string PreferenceFields(IReadOnlyList<ClusterOption> clusters, IReadOnlyList<string> cultures, IReadOnlyList<string> chosen, DigestFrequency frequency, string culture)
    {
        var html = new StringBuilder("<fieldset><legend>Clusters</legend>\n");
        foreach (var (cluster, i) in clusters.Select((c, i) => (c, i)))
        {
            var check = chosen.Contains(cluster.Id) ? " checked" : "";
            html.Append(CultureInfo.InvariantCulture, $"""<p><input type="checkbox" id="cluster-{i}" name="clusters" value="{Encode(cluster.Id)}"{check}> <label for="cluster-{i}">{Encode(cluster.Title)}</label></p>""").Append('\n');
        }

        html.Append("</fieldset>\n<p><label for=\"frequency\">How often</label><br><select id=\"frequency\" name=\"frequency\">");
        foreach (var value in Enum.GetValues<DigestFrequency>())
        {
            var name = value.ToString().ToLowerInvariant();
            html.Append(CultureInfo.InvariantCulture, $"""<option value="{name}"{(value == frequency ? " selected" : "")}>{name}</option>""");
        }

        html.Append("</select></p>\n<p><label for=\"culture\">Language</label><br><select id=\"culture\" name=\"culture\">");
        foreach (var value in cultures)
        {
            html.Append(CultureInfo.InvariantCulture, $"""<option value="{Encode(value)}"{(value == culture ? " selected" : "")}>{Encode(value)}</option>""");
        }

        return html.Append("</select></p>").ToString();
    }

    private static string Hidden(AntiforgeryTokenSet antiforgery) =>
        $"""<input type="hidden" name="{Encode(antiforgery.FormFieldName)}" value="{Encode(antiforgery.RequestToken ?? "")}">""";

    private static string Page(string title, string body, string culture = "en") => $"""
        <!DOCTYPE html>
        <html lang="{Encode(culture)}" dir="{(CultureInfo.GetCultureInfo(culture).TextInfo.IsRightToLeft ? "rtl" : "ltr")}">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{Encode(title)}</title></head>
        <body>
        {body}
        </body>
        </html>
        """;

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
