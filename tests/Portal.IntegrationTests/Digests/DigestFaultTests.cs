using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Digests.Mail;
using Portal.Digests.Outbox;
using Portal.Digests.Subscriptions;

namespace Portal.IntegrationTests.Digests;

/// <summary>
/// What goes wrong in delivery: a server away, a refused recipient, a killed process, injected
/// headers. The server away and the killed process on both databases: the pass commits its "sent"
/// marks differently on each (docs/decisions/0005).
/// </summary>
public sealed class DigestFaultTests(DigestsPostgres postgres) : IClassFixture<DigestsPostgres>
{
    private const string Drr = "disaster-risk-reduction";

    private static string NextMorning(int days = 1) =>
        DateTime.UtcNow.Date.AddDays(days).AddHours(8).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSQL")]
    public async Task With_the_smtp_server_down_during_a_pass_the_verb_fails_and_the_next_pass_delivers_every_digest_once(string provider)
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var site = await StartAsync(smtp, provider);
        string[] members = ["one@example.org", "two@example.org", "three@example.org"];
        foreach (var member in members)
        {
            await site.ConfirmedSubscriberAsync(smtp, member, "daily", "en", Drr);
        }

        await site.PublishNewsAsync("flood-drill", "Flood drill", Drr);
        await smtp.StopAsync();
        var (code, output, error) = await site.RunVerbAsync("digests", "send", "--as-of", NextMorning());
        Assert.True(code == 1, $"exit {code}: {output}{error}");
        Assert.Equal(3, await site.QueryAsync(db => db.Set<DigestRecord>().CountAsync(r => r.Status == DigestStatus.Pending, TestContext.Current.CancellationToken)));

        await smtp.StartAgainAsync();
        (code, output, error) = await site.RunVerbAsync("digests", "send", "--as-of", NextMorning());
        Assert.True(code == 0, output + error);
        (code, output, error) = await site.RunVerbAsync("digests", "send", "--as-of", NextMorning());
        Assert.True(code == 0, output + error);
        foreach (var member in members)
        {
            var digest = Assert.Single(smtp.MessagesTo(member), m => m.Headers.Contains("List-Unsubscribe"));
            Assert.Contains("news/flood-drill", digest.TextBody, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_recipient_refused_with_550_is_suspended_after_the_configured_count_and_others_still_get_theirs()
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var site = DigestsSite.Start(smtp, new Dictionary<string, string> { ["Portal:Digests:SuspendAfterFailures"] = "2" });
        await site.ConfirmedSubscriberAsync(smtp, "good@example.org", "daily", "en", Drr);
        // The confirmation mail itself is refused for this address, so it is confirmed through the token directly.
        using (await site.SubscribeAsync("refused@example.org", "daily", "en", Drr))
        {
        }

        await site.QueryAsync(async db =>
        {
            var refused = await db.Set<Subscription>().SingleAsync(s => s.Email == "refused@example.org", TestContext.Current.CancellationToken);
            refused.Status = SubscriptionStatus.Active;
            refused.ConfirmedUtc = DateTime.UtcNow;
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });

        for (var day = 1; day <= 3; day++)
        {
            await site.PublishNewsAsync($"news-{day}", $"News {day}", Drr);
            var (code, output, error) = await site.RunVerbAsync("digests", "send", "--as-of", NextMorning(day));
            Assert.True(day == 3 ? code == 0 : code == 1, $"day {day}, exit {code}: {output}{error}");
        }

        var refusedRow = await site.QueryAsync(db => db.Set<Subscription>().SingleAsync(s => s.Email == "refused@example.org", TestContext.Current.CancellationToken));
        Assert.Equal(SubscriptionStatus.Suspended, refusedRow.Status);
        Assert.Equal(2, refusedRow.FailureCount);
        var failed = await site.QueryAsync(db => db.Set<DigestRecord>().Where(r => r.SubscriptionId == refusedRow.Id).Select(r => r.Status).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal([DigestStatus.Failed, DigestStatus.Failed], failed);
        Assert.Equal(3, smtp.MessagesTo("good@example.org").Count(m => m.Headers.Contains("List-Unsubscribe")));
        Assert.Empty(smtp.MessagesTo("refused@example.org"));
    }

    [Fact]
    public async Task A_temporary_4xx_refusal_is_retried_with_back_off_and_the_digest_arrives_once()
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var site = DigestsSite.Start(smtp);
        // Confirmed directly: the greylisting server would delay the confirmation mail too.
        using (await site.SubscribeAsync("greylisted@example.org", "daily", "en", Drr))
        {
        }

        await site.QueryAsync(async db =>
        {
            var row = await db.Set<Subscription>().SingleAsync(TestContext.Current.CancellationToken);
            row.Status = SubscriptionStatus.Active;
            row.ConfirmedUtc = DateTime.UtcNow;
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        await site.PublishNewsAsync("flood-drill", "Flood drill", Drr);
        var (code, output, error) = await site.RunVerbAsync("digests", "send", "--as-of", NextMorning());
        Assert.True(code == 0, output + error);
        var digest = Assert.Single(smtp.MessagesTo("greylisted@example.org"));
        Assert.Contains("news/flood-drill", digest.TextBody, StringComparison.Ordinal);
        var record = await site.QueryAsync(db => db.Set<DigestRecord>().SingleAsync(TestContext.Current.CancellationToken));
        Assert.Equal(DigestStatus.Sent, record.Status);
    }

    [Fact]
    public async Task One_connection_carries_a_pass_and_is_renewed_after_the_configured_number_of_messages()
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var site = DigestsSite.Start(smtp, new Dictionary<string, string> { ["Portal:Mail:Smtp:MessagesPerConnection"] = "2" });
        string[] members = ["a@example.org", "b@example.org", "c@example.org", "d@example.org", "e@example.org"];
        foreach (var member in members)
        {
            await site.ConfirmedSubscriberAsync(smtp, member, "daily", "en", Drr);
        }

        var confirmations = smtp.Connections();
        Assert.Equal(members.Length, confirmations);
        await site.PublishNewsAsync("flood-drill", "Flood drill", Drr);
        var (code, output, error) = await site.RunVerbAsync("digests", "send", "--as-of", NextMorning());
        Assert.True(code == 0, output + error);
        Assert.All(members, member => Assert.Single(smtp.MessagesTo(member), m => m.Headers.Contains("List-Unsubscribe")));
        // Five digests, two per connection: three connections.
        Assert.Equal(3, smtp.Connections() - confirmations);
    }

    [Fact]
    public async Task Header_injection_in_a_name_an_address_or_a_subject_is_refused_before_anything_is_sent()
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var site = DigestsSite.Start(smtp);
        var sender = site.Services.GetRequiredService<MailSender>();
        Assert.Throws<MailHeaderException>(() => sender.Create("victim@example.org", "Hello\r\nBcc: everyone@example.org"));
        Assert.Throws<MailHeaderException>(() => sender.Create("victim@example.org\r\nBcc: everyone@example.org", "Hello"));
        Assert.Throws<MailHeaderException>(() => MailHeaderGuard.Mailbox("recipient", "Victim\nBcc: everyone@example.org", "victim@example.org"));

        // Text slipped in after creation is caught when the message leaves.
        var message = sender.Create("victim@example.org", "Hello");
        message.To.Add(new MimeKit.MailboxAddress("Evil\r\nBcc: everyone@example.org", "other@example.org"));
        var refused = await Assert.ThrowsAsync<MailHeaderException>(() => sender.SendAsync(message, TestContext.Current.CancellationToken));
        Assert.Contains("line break", refused.Message, StringComparison.Ordinal);

        // Other header values the portal writes go through the same guard.
        Assert.Throws<MailHeaderException>(() => MailHeaderGuard.Text("List-Id", "Portal\r\nBcc: everyone@example.org"));
        Assert.Empty(smtp.Messages());
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSQL")]
    public async Task A_digests_send_killed_mid_pass_then_run_again_delivers_every_digest_once(string provider)
    {
        const int Members = 120;
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var site = await StartAsync(smtp, provider);
        var now = DateTime.UtcNow;
        await site.QueryAsync(async db =>
        {
            for (var i = 0; i < Members; i++)
            {
                db.Add(new Subscription
                {
                    Id = Guid.CreateVersion7(),
                    Email = $"member{i:D3}@example.org",
                    Culture = "en",
                    Frequency = DigestFrequency.Daily,
                    Status = SubscriptionStatus.Active,
                    ConfirmStamp = "stamp",
                    CreatedUtc = now,
                    ModifiedUtc = now,
                    ConfirmedUtc = now,
                    Clusters = Drr,
                });
            }

            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        await site.PublishNewsAsync("flood-drill", "Flood drill", Drr);

        using (var process = site.StartVerb("digests", "send", "--as-of", NextMorning()))
        {
            // Killed for real (SIGKILL) once some, not all, digests are through.
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (smtp.CountFiles() < 10 && !process.HasExited && DateTime.UtcNow < deadline)
            {
                await Task.Delay(5, TestContext.Current.CancellationToken);
            }

            Assert.False(process.HasExited, "the pass ended before it could be killed");
            process.Kill();
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        var afterKill = smtp.CountFiles();
        Assert.InRange(afterKill, 10, Members - 1);
        var (code, output, error) = await site.RunVerbAsync("digests", "send", "--as-of", NextMorning());
        Assert.True(code == 0, output + error);
        (code, output, error) = await site.RunVerbAsync("digests", "send", "--as-of", NextMorning());
        Assert.True(code == 0, output + error);

        var digests = await smtp.WaitForAsync(Members);
        var byRecipient = digests.GroupBy(m => m.To.Mailboxes.Single().Address).ToList();
        Assert.Equal(Members, byRecipient.Count);
        // Every digest arrives once; the only copy SMTP can ever make is the one message in flight at the
        // kill (accepted by the server, not yet recorded), and it keeps its Message-ID so clients fold it.
        Assert.All(byRecipient, g => Assert.Single(g.Select(m => m.MessageId).Distinct()));
        Assert.InRange(digests.Count, Members, Members + 1);
        Assert.Equal(Members, await site.QueryAsync(db => db.Set<DigestRecord>().CountAsync(r => r.Status == DigestStatus.Sent, TestContext.Current.CancellationToken)));
    }

    private Task<DigestsSite> StartAsync(AiosmtpdServer smtp, string provider) => DigestsSite.StartAsync(smtp, provider, postgres);
}
