using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Digests.Subscriptions;

namespace Portal.IntegrationTests.Digests;

/// <summary>
/// <c>POST /subscribe</c> with the address of an active subscription changes nothing: it mails the
/// address a link that applies the change, on both databases.
/// </summary>
public sealed class SubscriptionChangeTests(DigestsPostgres postgres) : IClassFixture<DigestsPostgres>
{
    private const string Drr = "disaster-risk-reduction";
    private const string Agriculture = "sustainable-agriculture";
    private const string Member = "ana@example.org";

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSQL")]
    public async Task A_subscribe_post_for_an_active_address_changes_nothing_until_the_link_mailed_to_it_is_opened(string provider)
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var site = await DigestsSite.StartAsync(smtp, provider, postgres);
        await site.ConfirmedSubscriberAsync(smtp, Member, "daily", "en", Drr);
        var before = await RowAsync(site);

        using (var stranger = await site.SubscribeAsync("ANA@example.org", "monthly", "zh", Agriculture))
        {
            Assert.Equal(HttpStatusCode.OK, stranger.StatusCode);
            Assert.Contains("Check your mail", await stranger.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        var untouched = await RowAsync(site);
        Assert.Equal((Member, DigestFrequency.Daily, "en", Drr, SubscriptionStatus.Active), (untouched.Email, untouched.Frequency, untouched.Culture, untouched.Clusters, untouched.Status));
        Assert.Equal(before.ConfirmedUtc, untouched.ConfirmedUtc);
        Assert.Equal(before.LastDigestComposedUtc, untouched.LastDigestComposedUtc);

        // The owner asks for weekly after the stranger's request: the stranger's link no longer works.
        using (var owner = await site.SubscribeAsync(Member, "weekly", "fr", Drr, Agriculture))
        {
            Assert.Equal(HttpStatusCode.OK, owner.StatusCode);
        }

        var mails = smtp.MessagesTo(Member);
        Assert.Equal(3, mails.Count);
        var strangers = DigestsSite.ConfirmLink(mails.Single(m => m.To.Mailboxes.Single().Address == "ANA@example.org").TextBody);
        var owners = DigestsSite.ConfirmLink(mails.Last(m => m.To.Mailboxes.Single().Address == Member).TextBody);
        using var client = site.CreateClient();
        using (var stale = await client.GetAsync(new Uri(strangers), TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.BadRequest, stale.StatusCode);
        }

        // Opening the link (a person, or a mail scanner) shows the change; only its button applies it.
        using (var shown = await client.GetAsync(new Uri(owners), TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
            Assert.Contains("<button", await shown.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        Assert.Equal((DigestFrequency.Daily, "en", Drr), await PreferencesAsync(site));
        using (var applied = await client.PostAsync(new Uri(owners), content: null, TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        }

        var changed = await RowAsync(site);
        Assert.Equal((DigestFrequency.Weekly, "fr", $"{Drr} {Agriculture}", SubscriptionStatus.Active), (changed.Frequency, changed.Culture, changed.Clusters, changed.Status));
        Assert.Equal(before.ConfirmedUtc, changed.ConfirmedUtc);

        // A change link works once.
        using var again = await client.PostAsync(new Uri(owners), content: null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
    }

    private static Task<Subscription> RowAsync(DigestsSite site) =>
        site.QueryAsync(db => db.Set<Subscription>().AsNoTracking().SingleAsync(TestContext.Current.CancellationToken));

    private static async Task<(DigestFrequency, string, string)> PreferencesAsync(DigestsSite site)
    {
        var row = await RowAsync(site);
        return (row.Frequency, row.Culture, row.Clusters);
    }
}
