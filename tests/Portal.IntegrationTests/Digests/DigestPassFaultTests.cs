using Microsoft.EntityFrameworkCore;
using Portal.Digests.Outbox;

namespace Portal.IntegrationTests.Digests;

/// <summary>What a pass says when its lock file, its record of runs or a server's answer goes wrong: the error as it is.</summary>
public sealed class DigestPassFaultTests(DigestsPostgres postgres) : IClassFixture<DigestsPostgres>
{
    private const string Drr = "disaster-risk-reduction";

    private static string NextMorning() =>
        DateTime.UtcNow.Date.AddDays(1).AddHours(8).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_lock_file_that_cannot_be_opened_is_reported_as_the_error_it_is_not_as_another_pass_running()
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var site = DigestsSite.Start(smtp);
        File.CreateSymbolicLink(Path.Combine(site.DataPath, "digests.lock"), "/nonexistent-portal-folder/digests.lock");

        var (code, output, error) = await site.RunVerbAsync("digests", "send", "--as-of", NextMorning());

        Assert.True(code == 1, $"exit {code}: {output}{error}");
        Assert.Contains("digests.lock cannot be opened", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Another digest pass is running", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lock_file_held_by_another_pass_is_reported_as_another_pass_running()
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var site = DigestsSite.Start(smtp);
        await using var held = new FileStream(Path.Combine(site.DataPath, "digests.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);

        var (code, output, error) = await site.RunVerbAsync("digests", "send", "--as-of", NextMorning());

        Assert.True(code == 1, $"exit {code}: {output}{error}");
        Assert.Contains("Another digest pass is running", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_a_failed_pass_cannot_be_recorded_either_the_pass_own_error_is_the_one_reported()
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var site = DigestsSite.Start(smtp);
        File.CreateSymbolicLink(Path.Combine(site.DataPath, "digests.lock"), "/nonexistent-portal-folder/digests.lock");
        await site.QueryAsync(db => db.Database.ExecuteSqlRawAsync("DROP TABLE \"DigestPassRuns\"", TestContext.Current.CancellationToken));

        var (code, output, error) = await site.RunVerbAsync("digests", "send", "--as-of", NextMorning());

        Assert.True(code == 1, $"exit {code}: {output}{error}");
        Assert.Contains("The digest pass failed: The digest pass lock file", error, StringComparison.Ordinal);
        Assert.DoesNotContain("The digest pass failed: SQLite Error", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_postgresql_a_mail_error_longer_than_its_column_is_kept_cut_and_the_digest_waits_for_the_next_pass()
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        var file = Path.Combine(Directory.CreateTempSubdirectory("portal-pickup-").FullName, "a-file-not-a-folder");
        await File.WriteAllTextAsync(file, "", TestContext.Current.CancellationToken);
        var pickup = Path.Combine([file, .. Enumerable.Range(0, 6).Select(i => new string((char)('a' + i), 180))]);
        await using var site = await DigestsSite.StartAsync(smtp, "PostgreSQL", postgres, new Dictionary<string, string>
        {
            ["Portal:Mail:Delivery"] = "Pickup",
            ["Portal:Mail:PickupPath"] = pickup,
        });
        await site.AddActiveSubscriptionAsync("member@example.org", Drr);
        await site.PublishNewsAsync("flood-drill", "Flood drill", Drr);

        var (code, output, error) = await site.RunVerbAsync("digests", "send", "--as-of", NextMorning());

        Assert.True(code == 1, $"exit {code}: {output}{error}");
        Assert.DoesNotContain("The digest pass failed", error, StringComparison.Ordinal);
        Assert.Contains("The pickup folder", error, StringComparison.Ordinal);
        var record = await site.QueryAsync(db => db.Set<DigestRecord>().SingleAsync(TestContext.Current.CancellationToken));
        Assert.Equal(DigestStatus.Pending, record.Status);
        Assert.Equal(DigestRecord.LastErrorLength, record.LastError?.Length);
        Assert.StartsWith("The pickup folder " + file, record.LastError, StringComparison.Ordinal);
    }
}
