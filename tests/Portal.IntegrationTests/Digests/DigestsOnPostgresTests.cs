using Npgsql;

namespace Portal.IntegrationTests.Digests;

/// <summary>The same digest flow on PostgreSQL, and its pass lock shared by every process.</summary>
public sealed class DigestsOnPostgresTests(DigestsPostgres postgres) : IClassFixture<DigestsPostgres>
{
    private const string Drr = "disaster-risk-reduction";

    // Any process holding this advisory lock is "a pass running elsewhere" (the key DigestPassLock uses).
    private const long PassLockKey = 0x444947455354;

    private static string NextMorning(int days = 1) =>
        DateTime.UtcNow.Date.AddDays(days).AddHours(8).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task On_postgresql_a_confirmed_member_gets_one_digest_and_a_pass_waits_for_another_servers_pass()
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        var connectionString = await postgres.CreateDatabaseAsync();
        await using var site = DigestsSite.Start(smtp, new Dictionary<string, string>
        {
            ["Portal:Database:Provider"] = "PostgreSQL",
            ["ConnectionStrings:Portal"] = connectionString,
        });
        await site.ConfirmedSubscriberAsync(smtp, "pg@example.org", "daily", "fr", Drr);
        await site.PublishNewsAsync("flood-drill", "Flood drill", Drr);

        await using (var other = new NpgsqlConnection(connectionString))
        {
            await other.OpenAsync(TestContext.Current.CancellationToken);
            await using var take = new NpgsqlCommand($"SELECT pg_advisory_lock({PassLockKey})", other);
            await take.ExecuteScalarAsync(TestContext.Current.CancellationToken);
            var (busy, busyOutput, busyError) = await site.RunVerbAsync("digests", "send", "--as-of", NextMorning());
            Assert.True(busy == 1, busyOutput + busyError);
            Assert.Contains("Another digest pass is running", busyError, StringComparison.Ordinal);
        }

        Assert.Single(smtp.Messages());
        var (code, output, error) = await site.RunVerbAsync("digests", "send", "--as-of", NextMorning());
        Assert.True(code == 0, output + error);
        (code, output, error) = await site.RunVerbAsync("digests", "send", "--as-of", NextMorning());
        Assert.True(code == 0, output + error);
        var digest = Assert.Single(smtp.MessagesTo("pg@example.org"), m => m.Headers.Contains("List-Unsubscribe-Post"));
        Assert.Contains("http://portal.test/news/flood-drill", digest.TextBody, StringComparison.Ordinal);
    }
}
