using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Admin.Audit;
using Portal.Content.Users;
using Portal.Digests.Subscriptions;

namespace Portal.IntegrationTests.Digests;

/// <summary><c>/account/subscriptions</c>: a signed-in person's own subscription, with the account's address only.</summary>
public sealed class AccountSubscriptionTests
{
    private const string Drr = "disaster-risk-reduction";
    private const string Agriculture = "sustainable-agriculture";

    [Fact]
    public async Task A_member_with_a_proven_address_is_active_at_once_changes_and_ends_its_own_subscription_and_no_one_elses()
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var site = DigestsSite.Start(smtp);
        await site.ConfirmedSubscriberAsync(smtp, "other@example.org", "daily", "en", Drr);
        using var member = await DigestStaff.SignInAsync(site, "Mia@Example.org", PortalRoles.Member);
        Assert.Contains("not subscribed", await member.GetPageAsync("/account/subscriptions"), StringComparison.Ordinal);
        var mailBefore = smtp.Messages().Count;

        // An address field in the form is ignored: the account's own address is the one subscribed.
        using (var saved = await member.PostFormAsync("/account/subscriptions", [new("email", "other@example.org"), new("clusters", Drr), new("frequency", "weekly"), new("culture", "fr")], "/account/subscriptions?handler=save"))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var mine = await DigestStaff.SubscriptionAsync(site, "mia@example.org");
        Assert.Equal(SubscriptionStatus.Active, mine.Status);
        Assert.NotNull(mine.ConfirmedUtc);
        Assert.Equal(DigestFrequency.Weekly, mine.Frequency);
        Assert.Equal("fr", mine.Culture);
        Assert.Equal(mailBefore, smtp.Messages().Count);
        var other = await DigestStaff.SubscriptionAsync(site, "other@example.org");
        Assert.Equal(DigestFrequency.Daily, other.Frequency);

        using (var changed = await member.PostFormAsync("/account/subscriptions", [new("clusters", Drr), new("clusters", Agriculture), new("frequency", "monthly"), new("culture", "en")], "/account/subscriptions?handler=save"))
        {
            Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        }

        var page = await member.GetPageAsync("/account/subscriptions");
        Assert.Contains(">active<", page, StringComparison.Ordinal);
        Assert.Contains("monthly", page, StringComparison.Ordinal);
        Assert.Equal(1, await site.QueryAsync(db => db.Set<Subscription>().CountAsync(s => s.EmailKey == "mia@example.org")));

        // A bad form changes nothing.
        using (var bad = await member.PostFormAsync("/account/subscriptions", [new("clusters", "no-such-cluster"), new("frequency", "hourly"), new("culture", "en")], "/account/subscriptions?handler=save"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Contains("is not a cluster of this portal", await bad.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        Assert.Equal(DigestFrequency.Monthly, (await DigestStaff.SubscriptionAsync(site, "mia@example.org")).Frequency);

        using (var ended = await member.PostFormAsync("/account/subscriptions", [], "/account/subscriptions?handler=unsubscribe"))
        {
            Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        }

        Assert.Equal(SubscriptionStatus.Unsubscribed, (await DigestStaff.SubscriptionAsync(site, "mia@example.org")).Status);
        Assert.Equal(SubscriptionStatus.Active, (await DigestStaff.SubscriptionAsync(site, "other@example.org")).Status);
        Assert.Equal(3, await site.QueryAsync(db => db.Set<AuditEntry>().CountAsync(e => e.Target == "Mia@example.org" && e.Action.StartsWith("subscription."))));
    }

    [Fact]
    public async Task An_account_whose_address_is_not_proven_gets_the_confirmation_mail_and_nothing_until_it_confirms()
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var site = DigestsSite.Start(smtp);
        using var member = await DigestStaff.SignInAsync(site, "new@example.org", PortalRoles.Member, emailConfirmed: false);

        using (var saved = await member.PostFormAsync("/account/subscriptions", [new("clusters", Drr), new("frequency", "daily"), new("culture", "en")], "/account/subscriptions?handler=save"))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            Assert.Contains("done=confirm", saved.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        Assert.Equal(SubscriptionStatus.Pending, (await DigestStaff.SubscriptionAsync(site, "new@example.org")).Status);
        var confirmation = Assert.Single(smtp.MessagesTo("new@example.org"));
        await site.PublishNewsAsync("flood-drill", "Flood drill", Drr);
        await DigestStaff.RunPassAsync(site);
        Assert.Single(smtp.MessagesTo("new@example.org"));

        using (var client = site.CreateClient())
        {
            using var confirmed = await client.GetAsync(new Uri(DigestsSite.ConfirmLink(confirmation.TextBody)), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        }

        Assert.Equal(SubscriptionStatus.Active, (await DigestStaff.SubscriptionAsync(site, "new@example.org")).Status);
        Assert.Contains(">active<", await member.GetPageAsync("/account/subscriptions"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_subscribe_page_points_signed_in_members_to_their_account_and_the_form_needs_its_antiforgery_token()
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var site = DigestsSite.Start(smtp);
        using var client = site.CreateClient();
        Assert.Contains("href=\"/account/subscriptions\"", await client.GetStringAsync(new Uri("/subscribe", UriKind.Relative), TestContext.Current.CancellationToken), StringComparison.Ordinal);

        using var member = await DigestStaff.SignInAsync(site, "mia@example.org", PortalRoles.Member);
        using var form = new FormUrlEncodedContent([new("clusters", Drr), new("frequency", "daily"), new("culture", "en")]);
        using var forged = await member.Client.PostAsync(new Uri("/account/subscriptions?handler=save", UriKind.Relative), form, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(0, await site.QueryAsync(db => db.Set<Subscription>().CountAsync()));
    }
}
