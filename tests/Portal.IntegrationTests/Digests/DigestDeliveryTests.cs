using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Digests.Outbox;
using Portal.Digests.Subscriptions;

namespace Portal.IntegrationTests.Digests;

/// <summary>Subscribe, confirm, publish, send: through the HTTP interface, the verb and a real SMTP server.</summary>
public sealed partial class DigestDeliveryTests
{
    private const string Drr = "disaster-risk-reduction";
    private const string Agriculture = "sustainable-agriculture";
    private const string Transport = "sustainable-transport-air-quality";

    // A daily digest falls due at 07:00 UTC: any morning after the test's "now" will do.
    private static string NextMorning(int days = 1) =>
        DateTime.UtcNow.Date.AddDays(days).AddHours(8).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Subscribe_confirm_publish_then_digests_send_delivers_one_digest_with_the_items_and_both_unsubscribe_headers_and_a_second_pass_sends_nothing()
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var site = DigestsSite.Start(smtp);

        using (var answer = await site.SubscribeAsync("Member.One@Example.ORG", "daily", "zh", Drr, Agriculture))
        {
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            Assert.Contains("Check your mail", await answer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        // The address is stored normalised (domain in lower case), and the one mail is the confirmation.
        var confirmation = Assert.Single(smtp.Messages());
        Assert.Equal("Member.One@example.org", confirmation.To.Mailboxes.Single().Address);
        Assert.EndsWith("@portal.test", confirmation.MessageId, StringComparison.Ordinal);
        Assert.True(confirmation.Headers.Contains("Date"));
        var link = DigestsSite.ConfirmLink(confirmation.TextBody);
        Assert.NotEmpty(link);
        using (var client = site.CreateClient())
        {
            using var confirmed = await client.GetAsync(new Uri(link), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        }

        await site.PublishNewsAsync("flood-drill", "Flood drill", Drr);
        await site.PublishNewsAsync("seed-bank", "Seed bank", Agriculture, Drr);
        await site.PublishNewsAsync("bus-lanes", "Bus lanes", Transport);

        var (code, output, error) = await site.RunVerbAsync("digests", "send", "--as-of", NextMorning());
        Assert.True(code == 0, output + error);
        var digests = smtp.Messages().Skip(1).ToList();
        var digest = Assert.Single(digests);
        Assert.Equal("Member.One@example.org", digest.To.Mailboxes.Single().Address);
        Assert.Contains("http://portal.test/news/flood-drill", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains("http://portal.test/news/seed-bank", digest.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("bus-lanes", digest.TextBody, StringComparison.Ordinal);
        // An item in two subscribed clusters is listed once.
        Assert.Single(Regex.Matches(digest.TextBody ?? "", "news/seed-bank"));
        Assert.DoesNotContain("<script", digest.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.Matches(@"^<http://portal\.test/unsubscribe\?token=[A-Za-z0-9_-]+>$", digest.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", digest.Headers["List-Unsubscribe-Post"]);
        Assert.False(string.IsNullOrEmpty(digest.Headers["List-Id"]));
        Assert.False(string.IsNullOrEmpty(digest.MessageId));

        // Same moment again, and a later morning with nothing new: nothing more is sent.
        (code, output, error) = await site.RunVerbAsync("digests", "send", "--as-of", NextMorning());
        Assert.True(code == 0, output + error);
        (code, output, error) = await site.RunVerbAsync("digests", "send", "--as-of", NextMorning(2));
        Assert.True(code == 0, output + error);
        Assert.Equal(2, smtp.Messages().Count);

        // A new item later goes in the next digest, and only it.
        await site.PublishNewsAsync("early-warning", "Early warning", Drr);
        (code, output, error) = await site.RunVerbAsync("digests", "send", "--as-of", NextMorning(3));
        Assert.True(code == 0, output + error);
        var next = smtp.Messages()[^1];
        Assert.Contains("news/early-warning", next.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("news/flood-drill", next.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_one_click_post_unsubscribes_at_once_while_a_get_only_shows_the_button()
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var site = DigestsSite.Start(smtp);
        await site.ConfirmedSubscriberAsync(smtp, "leaver@example.org", "daily", "en", Drr);
        await site.PublishNewsAsync("flood-drill", "Flood drill", Drr);
        var (code, output, error) = await site.RunVerbAsync("digests", "send", "--as-of", NextMorning());
        Assert.True(code == 0, output + error);
        var digest = smtp.Messages()[^1];
        var url = digest.Headers["List-Unsubscribe"]!.Trim('<', '>').Replace(DigestsSite.BaseUrl, "", StringComparison.Ordinal);

        // No cookie: a client of its own, as a mail provider's.
        using var client = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
        using (var page = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("<button", await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        Assert.Equal(SubscriptionStatus.Active, await StatusAsync(site, "leaver@example.org"));

        // A POST without the one-click body (a scanner, a client that is not RFC 8058's) ends nothing: 400, and it says what is missing.
        foreach (var (content, type) in new (string Content, string? Type)[] { ("", null), ("List-Unsubscribe=Later", "application/x-www-form-urlencoded"), ("other=One-Click", "application/x-www-form-urlencoded"), ("List-Unsubscribe=One-Click", "text/plain") })
        {
            using var body = type is null ? new ByteArrayContent([]) : new StringContent(content, System.Text.Encoding.ASCII, type);
            using var post = await client.PostAsync(new Uri(url, UriKind.Relative), body, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
            Assert.Contains("List-Unsubscribe=One-Click", await post.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
            Assert.Equal(SubscriptionStatus.Active, await StatusAsync(site, "leaver@example.org"));
        }

        using (var body = new StringContent("List-Unsubscribe=One-Click", System.Text.Encoding.ASCII, "application/x-www-form-urlencoded"))
        using (var post = await client.PostAsync(new Uri(url, UriKind.Relative), body, TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        }

        Assert.Equal(SubscriptionStatus.Unsubscribed, await StatusAsync(site, "leaver@example.org"));

        // The old confirmation link does not bring the subscription back.
        var confirmation = smtp.MessagesTo("leaver@example.org")[0];
        using (var again = await client.GetAsync(new Uri(DigestsSite.ConfirmLink(confirmation.TextBody)), TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        }

        Assert.Equal(SubscriptionStatus.Unsubscribed, await StatusAsync(site, "leaver@example.org"));
        await site.PublishNewsAsync("early-warning", "Early warning", Drr);
        var before = smtp.Messages().Count;
        (code, output, error) = await site.RunVerbAsync("digests", "send", "--as-of", NextMorning(2));
        Assert.True(code == 0, output + error);
        Assert.Equal(before, smtp.Messages().Count);
    }

    [Fact]
    public async Task Two_members_of_one_shared_rendering_each_get_their_own_working_links()
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var site = DigestsSite.Start(smtp);
        // Same culture, clusters and items: one rendering of the pass serves both.
        await site.ConfirmedSubscriberAsync(smtp, "first@example.org", "daily", "en", Drr);
        await site.ConfirmedSubscriberAsync(smtp, "second@example.org", "daily", "en", Drr);
        await site.PublishNewsAsync("flood-drill", "Flood drill", Drr);
        var (code, output, error) = await site.RunVerbAsync("digests", "send", "--as-of", NextMorning());
        Assert.True(code == 0, output + error);
        var first = Links(smtp.MessagesTo("first@example.org")[^1]);
        var second = Links(smtp.MessagesTo("second@example.org")[^1]);

        Assert.NotEqual(first.Unsubscribe, second.Unsubscribe);
        Assert.NotEqual(first.Preferences, second.Preferences);
        using var client = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
        using (var page = await client.GetAsync(new Uri(second.Preferences, UriKind.Relative), TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }

        // The unsubscribe link of the first member's HTML part unsubscribes that member, and only them.
        using (var body = new StringContent("List-Unsubscribe=One-Click", System.Text.Encoding.ASCII, "application/x-www-form-urlencoded"))
        using (var post = await client.PostAsync(new Uri(first.Unsubscribe, UriKind.Relative), body, TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        }

        Assert.Equal(SubscriptionStatus.Unsubscribed, await StatusAsync(site, "first@example.org"));
        Assert.Equal(SubscriptionStatus.Active, await StatusAsync(site, "second@example.org"));
    }

    /// <summary>A digest's unsubscribe and preferences links, as paths, from its HTML part; its unsubscribe header must name the same.</summary>
    private static (string Unsubscribe, string Preferences) Links(MimeKit.MimeMessage digest)
    {
        var html = System.Net.WebUtility.HtmlDecode(digest.HtmlBody ?? "");
        var unsubscribe = Regex.Match(html, @"http://portal\.test/unsubscribe\?token=[A-Za-z0-9_%-]+").Value;
        var preferences = Regex.Match(html, @"http://portal\.test/subscribe/preferences\?token=[A-Za-z0-9_%-]+").Value;
        Assert.Equal($"<{unsubscribe}>", digest.Headers["List-Unsubscribe"]);
        Assert.Contains(preferences, digest.TextBody, StringComparison.Ordinal);
        return (unsubscribe.Replace(DigestsSite.BaseUrl, "", StringComparison.Ordinal), preferences.Replace(DigestsSite.BaseUrl, "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Forged_or_altered_tokens_are_refused_with_a_400_page_and_change_nothing()
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var site = DigestsSite.Start(smtp);
        using (await site.SubscribeAsync("victim@example.org", "daily", "en", Drr))
        {
        }

        var link = DigestsSite.ConfirmLink(Assert.Single(smtp.Messages()).TextBody);
        var token = Uri.UnescapeDataString(link[(link.IndexOf("token=", StringComparison.Ordinal) + 6)..]);
        var altered = token[..^2] + (token[^2] == 'A' ? "B" : "A") + token[^1];
        var forged = Convert.ToBase64String(new byte[57]).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        using var client = site.CreateClient();
        foreach (var bad in new[] { altered, forged, "nonsense", "" })
        {
            using var confirm = await client.GetAsync(new Uri($"/subscribe/confirm?token={Uri.EscapeDataString(bad)}", UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.BadRequest, confirm.StatusCode);
            using var body = new StringContent("List-Unsubscribe=One-Click", System.Text.Encoding.ASCII, "application/x-www-form-urlencoded");
            using var unsubscribe = await client.PostAsync(new Uri($"/unsubscribe?token={Uri.EscapeDataString(bad)}", UriKind.Relative), body, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.BadRequest, unsubscribe.StatusCode);
            using var preferences = await client.GetAsync(new Uri($"/subscribe/preferences?token={Uri.EscapeDataString(bad)}", UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.BadRequest, preferences.StatusCode);
        }

        // A confirmation token does not unsubscribe: tokens are bound to their purpose.
        using (var body = new StringContent("List-Unsubscribe=One-Click", System.Text.Encoding.ASCII, "application/x-www-form-urlencoded"))
        using (var wrongPurpose = await client.PostAsync(new Uri($"/unsubscribe?token={Uri.EscapeDataString(token)}", UriKind.Relative), body, TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.BadRequest, wrongPurpose.StatusCode);
        }

        Assert.Equal(SubscriptionStatus.Pending, await StatusAsync(site, "victim@example.org"));
        using var good = await client.GetAsync(new Uri(link), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal(SubscriptionStatus.Active, await StatusAsync(site, "victim@example.org"));
    }

    [Fact]
    public async Task A_subscription_never_confirmed_gets_nothing_and_subscribing_twice_updates_without_telling()
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var site = DigestsSite.Start(smtp);
        using var first = await site.SubscribeAsync("unsure@example.org", "daily", "en", Drr);
        using var second = await site.SubscribeAsync("  unsure@EXAMPLE.org ", "weekly", "zh", Agriculture);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(
            await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            await second.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var rows = await site.QueryAsync(db => db.Set<Subscription>().ToListAsync(TestContext.Current.CancellationToken));
        var row = Assert.Single(rows);
        Assert.Equal((DigestFrequency.Weekly, "zh", Agriculture), (row.Frequency, row.Culture, row.Clusters));
        Assert.Equal(2, smtp.Messages().Count);

        await site.PublishNewsAsync("seed-bank", "Seed bank", Agriculture);
        var (code, output, error) = await site.RunVerbAsync("digests", "send", "--as-of", NextMorning(8));
        Assert.True(code == 0, output + error);
        Assert.Equal(2, smtp.Messages().Count);
        Assert.Equal(0, await site.QueryAsync(db => db.Set<DigestRecord>().CountAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Subscribing_again_with_the_local_part_in_other_case_updates_the_one_subscription_and_mail_goes_to_the_address_as_typed_last()
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var site = DigestsSite.Start(smtp);
        await site.ConfirmedSubscriberAsync(smtp, "Ana.Silva@Example.ORG", "daily", "en", Drr);

        using (var again = await site.SubscribeAsync(" ana.silva@example.org", "daily", "zh", Drr, Agriculture))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        }

        Assert.Equal(["Ana.Silva@example.org", "ana.silva@example.org"], smtp.Messages().Select(m => m.To.Mailboxes.Single().Address));
        await site.ApplyChangeLinkAsync(DigestsSite.ConfirmLink(smtp.Messages()[^1].TextBody));
        var row = Assert.Single(await site.QueryAsync(db => db.Set<Subscription>().ToListAsync(TestContext.Current.CancellationToken)));
        Assert.Equal(("ana.silva@example.org", "zh", SubscriptionStatus.Active), (row.Email, row.Culture, row.Status));

        await site.PublishNewsAsync("seed-bank", "Seed bank", Agriculture);
        var (code, output, error) = await site.RunVerbAsync("digests", "send", "--as-of", NextMorning());
        Assert.True(code == 0, output + error);
        var digest = smtp.Messages()[^1];
        Assert.Equal("ana.silva@example.org", digest.To.Mailboxes.Single().Address);
        Assert.Contains("news/seed-bank", digest.TextBody, StringComparison.Ordinal);

        // A third spelling is still the same subscription, and the digest's link still unsubscribes it.
        using (await site.SubscribeAsync("ANA.SILVA@EXAMPLE.ORG", "weekly", "zh", Drr))
        {
        }

        await site.ApplyChangeLinkAsync(DigestsSite.ConfirmLink(smtp.Messages()[^1].TextBody));

        using var client = site.CreateClient();
        using (var body = new StringContent("List-Unsubscribe=One-Click", System.Text.Encoding.ASCII, "application/x-www-form-urlencoded"))
        using (var post = await client.PostAsync(new Uri(digest.Headers["List-Unsubscribe"]!.Trim('<', '>')), body, TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        }

        row = Assert.Single(await site.QueryAsync(db => db.Set<Subscription>().AsNoTracking().ToListAsync(TestContext.Current.CancellationToken)));
        Assert.Equal(("ANA.SILVA@example.org", SubscriptionStatus.Unsubscribed), (row.Email, row.Status));
    }

    [Fact]
    public async Task Bad_subscribe_forms_are_refused_with_a_400_page_and_nothing_is_stored_or_sent()
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var site = DigestsSite.Start(smtp);
        string[] badEmails = ["not-an-address", "a@b", "Victim <v@example.org>", "x@example.org\r\nBcc: all@example.org"];
        foreach (var email in badEmails)
        {
            using var answer = await site.SubscribeAsync(email, "daily", "en", Drr);
            Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        }

        using (var noCluster = await site.SubscribeAsync("ok@example.org", "daily", "en"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noCluster.StatusCode);
        }

        using (var unknownCluster = await site.SubscribeAsync("ok@example.org", "daily", "en", "no-such-cluster"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, unknownCluster.StatusCode);
        }

        using (var badFrequency = await site.SubscribeAsync("ok@example.org", "hourly", "en", Drr))
        {
            Assert.Equal(HttpStatusCode.BadRequest, badFrequency.StatusCode);
        }

        Assert.Equal(0, await site.QueryAsync(db => db.Set<Subscription>().CountAsync(TestContext.Current.CancellationToken)));
        Assert.Empty(smtp.Messages());
    }

    private static Task<SubscriptionStatus> StatusAsync(DigestsSite site, string email) =>
        site.QueryAsync(db => db.Set<Subscription>().Where(s => s.Email == email).Select(s => s.Status).SingleAsync(TestContext.Current.CancellationToken));
}
