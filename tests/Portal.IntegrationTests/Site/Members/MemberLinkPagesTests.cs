using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Digests.Subscriptions;
using Portal.IntegrationTests.Digests;

namespace Portal.IntegrationTests.Site.Members;

/// <summary>
/// The pages of the signed links in mail (confirm, preferences, unsubscribe, stop an alert): pages of
/// the site in the member's own language, a refused preferences form given back with its problems,
/// and a link that no longer works explaining why, with the way to subscribe again.
/// </summary>
public sealed partial class MemberLinkPagesTests
{
    private const string Drr = "disaster-risk-reduction";
    private const string Agriculture = "sustainable-agriculture";

    [Fact]
    public async Task The_preferences_page_is_in_the_members_language_and_a_refused_form_comes_back_with_its_problems_changing_nothing()
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var site = DigestsSite.Start(smtp);
        var url = await PreferencesOfConfirmedAsync(site, smtp, "wang@example.org", "zh");
        using var client = site.CreateClient();

        var page = await client.GetStringAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("<html lang=\"zh\" dir=\"ltr\">", page, StringComparison.Ordinal);
        Assert.Contains("class=\"site-header\"", page, StringComparison.Ordinal);
        Assert.Contains($"<h1>{ThemeWords.Html("zh", "preferences_title")}</h1>", page, StringComparison.Ordinal);
        Assert.Contains(ThemeWords.Html("zh", "preferences_for", "wang@example.org"), page, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", page, StringComparison.Ordinal);
        Assert.Equal([Drr], SubscribePageTests.CheckedClusters(page));
        var token = WebUtility.HtmlDecode(AntiforgeryField().Match(page).Groups[1].Value);

        using (var form = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("frequency", "hourly"), new("culture", "zh")]))
        using (var refused = await client.PostAsync(new Uri(url, UriKind.Relative), form, TestContext.Current.CancellationToken))
        {
            var answer = await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("<html lang=\"zh\"", answer, StringComparison.Ordinal);
            Assert.Contains($"id=\"clusters-error\">{ThemeWords.Html("zh", "error_clusters_none")}</p>", answer, StringComparison.Ordinal);
            Assert.Contains($"id=\"frequency-error\">{ThemeWords.Html("zh", "error_frequency_invalid")}</p>", answer, StringComparison.Ordinal);
            Assert.Contains("class=\"error-summary\"", answer, StringComparison.Ordinal);
            Assert.Empty(SubscribePageTests.CheckedClusters(answer));
        }

        var row = await RowAsync(site);
        Assert.Equal((Drr, DigestFrequency.Weekly, "zh"), (row.Clusters, row.Frequency, row.Culture));

        // Saved in Arabic: the page answers in the language just chosen.
        using (var form = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("clusters", Agriculture), new("frequency", "daily"), new("culture", "ar")]))
        using (var saved = await client.PostAsync(new Uri(url, UriKind.Relative), form, TestContext.Current.CancellationToken))
        {
            var answer = await saved.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
            Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", answer, StringComparison.Ordinal);
            Assert.Contains(ThemeWords.Html("ar", "preferences_saved"), answer, StringComparison.Ordinal);
            Assert.Equal([Agriculture], SubscribePageTests.CheckedClusters(answer));
        }

        row = await RowAsync(site);
        Assert.Equal((Agriculture, DigestFrequency.Daily, "ar"), (row.Clusters, row.Frequency, row.Culture));
    }

    [Fact]
    public async Task After_unsubscribing_the_page_offers_to_subscribe_again_and_the_old_preferences_link_explains_in_the_members_language()
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var site = DigestsSite.Start(smtp);
        var preferences = await PreferencesOfConfirmedAsync(site, smtp, "layla@example.org", "ar");
        using var client = site.CreateClient();
        var unsubscribe = WebUtility.HtmlDecode(UnsubscribeLink().Match(await client.GetStringAsync(new Uri(preferences, UriKind.Relative), TestContext.Current.CancellationToken)).Value);

        var button = await client.GetStringAsync(new Uri(unsubscribe, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", button, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">", button, StringComparison.Ordinal);
        Assert.Contains($"<button type=\"submit\">{ThemeWords.Html("ar", "unsubscribe_button")}</button>", button, StringComparison.Ordinal);
        Assert.Equal(SubscriptionStatus.Active, (await RowAsync(site)).Status);

        // The button posts the one-click body, as a browser sends the form.
        using (var body = new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]))
        using (var ended = await client.PostAsync(new Uri(unsubscribe, UriKind.Relative), body, TestContext.Current.CancellationToken))
        {
            var page = await ended.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
            Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", page, StringComparison.Ordinal);
            Assert.Contains($"<h1>{ThemeWords.Html("ar", "unsubscribed_title")}</h1>", page, StringComparison.Ordinal);
            Assert.Contains($"<a class=\"button\" href=\"/ar/subscribe\">{ThemeWords.Html("ar", "subscribe_again")}</a>", page, StringComparison.Ordinal);
        }

        Assert.Equal(SubscriptionStatus.Unsubscribed, (await RowAsync(site)).Status);
        using var old = await client.GetAsync(new Uri(preferences, UriKind.Relative), TestContext.Current.CancellationToken);
        var explained = await old.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, old.StatusCode);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", explained, StringComparison.Ordinal);
        Assert.Contains(ThemeWords.Html("ar", "preferences_invalid_text"), explained, StringComparison.Ordinal);
        Assert.Contains($"<a class=\"button\" href=\"/ar/subscribe\">{ThemeWords.Html("ar", "subscribe_again")}</a>", explained, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/unsubscribe?token=nothing", "unsubscribe_invalid_text")]
    [InlineData("/subscribe/preferences?token=nothing", "preferences_invalid_text")]
    [InlineData("/subscribe/confirm?token=nothing", "confirm_invalid_text")]
    [InlineData("/subscribe/confirm", "confirm_invalid_text")]
    [InlineData("/alerts/unsubscribe?token=nothing", "alert_invalid_text")]
    public async Task A_link_that_names_nothing_answers_400_with_a_page_of_the_site_that_explains_and_shows_the_way_on(string path, string text)
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var site = DigestsSite.Start(smtp);
        using var client = site.CreateClient();

        using var answer = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        var page = await answer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains("<html lang=\"en\" dir=\"ltr\">", page, StringComparison.Ordinal);
        Assert.Contains("class=\"site-header\"", page, StringComparison.Ordinal);
        Assert.Contains($"<h1>{ThemeWords.Html("en", "link_invalid_title")}</h1>", page, StringComparison.Ordinal);
        Assert.Contains(ThemeWords.Html("en", text), page, StringComparison.Ordinal);
        Assert.Matches("<a class=\"button\" href=\"/(subscribe|account/alerts)\">", page);
    }

    /// <summary>A weekly subscriber in a culture, confirmed: its confirmation page is in that culture and links to the preferences.</summary>
    private static async Task<string> PreferencesOfConfirmedAsync(DigestsSite site, AiosmtpdServer smtp, string email, string culture)
    {
        await site.ConfirmedSubscriberAsync(smtp, email, "weekly", culture, Drr);
        var confirmed = await SubscribePageTests.ConfirmedPageAsync(site, smtp, email);
        Assert.Contains($"<html lang=\"{culture}\"", confirmed, StringComparison.Ordinal);
        Assert.Contains($"<h1>{ThemeWords.Html(culture, "confirmed_title")}</h1>", confirmed, StringComparison.Ordinal);
        return WebUtility.HtmlDecode(PreferencesLink().Match(confirmed).Value);
    }

    private static Task<Subscription> RowAsync(DigestsSite site) =>
        site.QueryAsync(db => db.Set<Subscription>().AsNoTracking().SingleAsync(TestContext.Current.CancellationToken));

    [GeneratedRegex("/subscribe/preferences\\?token=[^\"]+")]
    private static partial Regex PreferencesLink();

    [GeneratedRegex("/unsubscribe\\?token=[^\"]+")]
    private static partial Regex UnsubscribeLink();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
