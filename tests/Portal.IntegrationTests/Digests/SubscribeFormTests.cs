using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Content.Import;
using Portal.IntegrationTests.Fixtures;
using Portal.Digests.Members;
using Portal.Digests.Subscriptions;

namespace Portal.IntegrationTests.Digests;

/// <summary>
/// <c>POST /subscribe</c> takes a plain form post, as a partner's page sends it; a honeypot and
/// per-address and per-client allowances, not a token of this site, keep it from mailing floods.
/// </summary>
public sealed class SubscribeFormTests
{
    private const string Drr = "disaster-risk-reduction";

    [Fact]
    public async Task A_plain_form_post_from_a_partners_page_without_a_token_or_cookie_sends_the_confirmation_mail()
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var site = DigestsSite.Start(smtp);
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/subscribe", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(DigestsSite.SubscribeFields("reader@example.org", "weekly", "fr", Drr)),
        };
        request.Headers.Add("Origin", "https://partner.example");
        request.Headers.Referrer = new Uri("https://partner.example/newsletter");

        using var answer = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("Check your mail", await answer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Single(smtp.MessagesTo("reader@example.org"));
        Assert.Equal(SubscriptionStatus.Pending, await site.QueryAsync(db => db.Set<Subscription>().Select(s => s.Status).SingleAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task The_sites_own_form_has_the_honeypot_hidden_and_sending_its_fields_subscribes()
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var site = DigestsSite.Start(smtp);
        using var client = site.CreateClient();
        var form = await client.GetStringAsync(new Uri("/subscribe", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains($"<div hidden><label for=\"{SubscriptionFormReader.HoneypotField}\">", form, StringComparison.Ordinal);

        using var answer = await DigestsSite.PostSubscribeAsync(client, [.. DigestsSite.SubscribeFields("own@example.org", "daily", "en", Drr), new(SubscriptionFormReader.HoneypotField, "")]);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Single(smtp.MessagesTo("own@example.org"));
    }

    [Fact]
    public async Task A_cluster_scheduled_for_later_is_not_offered_and_cannot_be_subscribed_to_yet()
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var site = DigestsSite.Start(smtp);
        var path = Path.Combine(site.ContentPath, "clusters", "urban-heat.md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, ContentFile.Cluster("Urban Heat", "id: urban-heat").Replace("published: 2024-01-01", $"published: {DateTime.UtcNow.AddYears(1):yyyy-MM-dd}", StringComparison.Ordinal), TestContext.Current.CancellationToken);
        var report = await site.Services.GetRequiredService<ContentImporter>().ImportAsync(new ImportRequest(), progress: null, TestContext.Current.CancellationToken);
        Assert.True(report.Succeeded, string.Join("\n", report.Problems));
        using var client = site.CreateClient();

        var form = await client.GetStringAsync(new Uri("/subscribe", UriKind.Relative), TestContext.Current.CancellationToken);
        using var answer = await DigestsSite.PostSubscribeAsync(client, DigestsSite.SubscribeFields("early@example.org", "daily", "en", "urban-heat"));

        Assert.Contains(Drr, form, StringComparison.Ordinal);
        Assert.DoesNotContain("urban-heat", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Empty(smtp.MessagesTo("early@example.org"));
    }

    [Fact]
    public async Task A_filled_honeypot_is_answered_as_a_success_and_stores_and_sends_nothing()
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var site = DigestsSite.Start(smtp);
        using var client = site.CreateClient();
        using var real = await DigestsSite.PostSubscribeAsync(client, DigestsSite.SubscribeFields("person@example.org", "daily", "en", Drr));
        await smtp.WaitForAsync(1);

        using var robot = await DigestsSite.PostSubscribeAsync(client, [.. DigestsSite.SubscribeFields("victim@example.org", "daily", "en", Drr), new(SubscriptionFormReader.HoneypotField, "https://spam.example")]);

        Assert.Equal(HttpStatusCode.OK, robot.StatusCode);
        Assert.Equal(
            await real.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            await robot.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Empty(smtp.MessagesTo("victim@example.org"));
        Assert.Equal(["person@example.org"], await site.QueryAsync(db => db.Set<Subscription>().Select(s => s.Email).ToListAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Thirty_posts_for_one_address_at_once_send_three_mails_and_the_rest_get_a_429_page_that_says_when_to_retry()
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var site = DigestsSite.Start(smtp);
        using var client = site.CreateClient();

        var answers = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => DigestsSite.PostSubscribeAsync(client, DigestsSite.SubscribeFields("flooded@example.org", "daily", "en", Drr))));

        try
        {
            Assert.Equal(3, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
            var refused = answers.Where(a => a.StatusCode != HttpStatusCode.OK).ToList();
            Assert.Equal(27, refused.Count(a => a.StatusCode == HttpStatusCode.TooManyRequests));
            Assert.All(refused, a => Assert.True(int.Parse(a.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0));
            var page = await refused[0].Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.Contains("<h1>Too many requests</h1>", page, StringComparison.Ordinal);
            Assert.Contains("no mail was sent", page, StringComparison.Ordinal);
        }
        finally
        {
            foreach (var answer in answers)
            {
                answer.Dispose();
            }
        }

        await smtp.WaitForAsync(4, TimeSpan.FromSeconds(2));
        Assert.Equal(3, smtp.MessagesTo("flooded@example.org").Count);
    }

    [Fact]
    public async Task One_client_gets_the_configured_number_of_confirmation_mails_whatever_the_addresses()
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var site = DigestsSite.Start(smtp, new Dictionary<string, string> { ["Portal:Digests:SubscribeMailsPerClient"] = "4" });
        using var client = site.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 10; i++)
        {
            using var answer = await DigestsSite.PostSubscribeAsync(client, DigestsSite.SubscribeFields($"reader{i}@example.org", "daily", "en", Drr));
            statuses.Add(answer.StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 4), .. Enumerable.Repeat(HttpStatusCode.TooManyRequests, 6)], statuses);
        await smtp.WaitForAsync(5, TimeSpan.FromSeconds(2));
        Assert.Equal(4, smtp.Messages().Count);
        Assert.Equal(4, await site.QueryAsync(db => db.Set<Subscription>().CountAsync(TestContext.Current.CancellationToken)));
    }
}
