using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Digests.Subscriptions;

namespace Portal.IntegrationTests.Digests;

/// <summary>The preferences page reached from a digest, and the default pickup delivery.</summary>
public sealed partial class MemberPagesTests
{
    private const string Drr = "disaster-risk-reduction";
    private const string Agriculture = "sustainable-agriculture";

    [Fact]
    public async Task The_preferences_page_of_a_digest_changes_clusters_frequency_and_culture_and_refuses_a_form_without_its_antiforgery_token()
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var site = DigestsSite.Start(smtp);
        await site.ConfirmedSubscriberAsync(smtp, "prefs@example.org", "daily", "en", Drr);
        await site.PublishNewsAsync("flood-drill", "Flood drill", Drr);
        var (code, output, error) = await site.RunVerbAsync("digests", "send", "--as-of", DateTime.UtcNow.Date.AddDays(1).AddHours(8).ToString("o", System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(code == 0, output + error);
        var digest = smtp.MessagesTo("prefs@example.org")[^1];
        var url = PreferencesLink().Match(digest.TextBody ?? "").Value.Replace(DigestsSite.BaseUrl, "", StringComparison.Ordinal);
        Assert.NotEmpty(url);

        using var client = site.CreateClient();
        var page = await client.GetStringAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("class=\"site-header\"", page, StringComparison.Ordinal);
        Assert.Contains($"value=\"{Drr}\" checked", page, StringComparison.Ordinal);
        var token = WebUtility.HtmlDecode(AntiforgeryField().Match(page).Groups[1].Value);

        using (var withoutToken = new FormUrlEncodedContent([new("clusters", Agriculture), new("frequency", "monthly"), new("culture", "fr")]))
        using (var refused = await client.PostAsync(new Uri(url, UriKind.Relative), withoutToken, TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        Assert.Equal(Drr, (await RowAsync(site)).Clusters);
        using (var form = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("clusters", Agriculture), new("clusters", Drr), new("frequency", "monthly"), new("culture", "fr")]))
        using (var saved = await client.PostAsync(new Uri(url, UriKind.Relative), form, TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        }

        var row = await RowAsync(site);
        Assert.Equal(($"{Drr} {Agriculture}", DigestFrequency.Monthly, "fr", SubscriptionStatus.Active), (row.Clusters, row.Frequency, row.Culture, row.Status));

        // French is accepted though the theme writes no French mail: the page, in the default culture, keeps it as the member's choice.
        var after = await client.GetStringAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("<html lang=\"en\"", after, StringComparison.Ordinal);
        Assert.Contains("<option value=\"fr\" lang=\"fr\" selected>French</option>", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_default_pickup_delivery_the_confirmation_mail_is_an_eml_file_under_the_data_folder()
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var site = DigestsSite.Start(smtp, new Dictionary<string, string> { ["Portal:Mail:Delivery"] = "Pickup" });
        using var answer = await site.SubscribeAsync("pickup@example.org", "weekly", "en", Drr);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var file = Assert.Single(Directory.GetFiles(Path.Combine(site.DataPath, "mail"), "*.eml"));
        var message = await MimeKit.MimeMessage.LoadAsync(file, TestContext.Current.CancellationToken);
        Assert.Equal("pickup@example.org", message.To.Mailboxes.Single().Address);
        Assert.NotEmpty(DigestsSite.ConfirmLink(message.TextBody));
        Assert.Empty(smtp.Messages());
    }

    private static Task<Subscription> RowAsync(DigestsSite site) =>
        site.QueryAsync(db => db.Set<Subscription>().AsNoTracking().SingleAsync(TestContext.Current.CancellationToken));

    [GeneratedRegex(@"http://portal\.test/subscribe/preferences\?token=[A-Za-z0-9_%-]+")]
    private static partial Regex PreferencesLink();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
