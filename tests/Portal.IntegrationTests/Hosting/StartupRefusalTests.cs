using Microsoft.EntityFrameworkCore;
using Portal.IntegrationTests.Fixtures;

namespace Portal.IntegrationTests.Hosting;

/// <summary>A start the portal refuses ends with exit code 1 and the one line that says why, never an abort with a stack trace.</summary>
public sealed class StartupRefusalTests
{
    [Theory]
    [InlineData("Portal__BaseUrl", "", "Portal:BaseUrl is not set")]
    [InlineData("Portal__Proxy__KnownProxies__0", "not-an-address", "Portal:Proxy:KnownProxies must hold IP addresses")]
    public async Task A_refused_start_exits_1_with_its_reason_and_no_stack_trace(string setting, string value, string reason)
    {
        await using var portal = await PortalProcess.CreateAsync(SqliteFiles.Instance);

        var result = await portal.RunAsync(["--urls", $"http://127.0.0.1:{PostgresServer.FreePort()}"], new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Portal__BaseUrl"] = "https://portal.example.org",
            [setting] = value,
        });

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains($"The portal cannot start: {reason}", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_of_an_earlier_release_is_refused_with_what_to_do_and_left_as_it_was()
    {
        await using var portal = await PortalProcess.CreateAsync(SqliteFiles.Instance);
        var first = await portal.RunAsync(["migrate"]);
        Assert.True(first.ExitCode == 0, first.ToString());
        await portal.QueryAsync(db => db.Database.ExecuteSqlRawAsync(
            "INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ('20261123091545_Initial', '10.0.0')"));

        var result = await portal.RunAsync(["--urls", $"http://127.0.0.1:{PostgresServer.FreePort()}"], new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Portal__BaseUrl"] = "https://portal.example.org",
        });

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("The portal cannot start: the database was made by an earlier release (its migration 20261123091545_Initial", result.Error, StringComparison.Ordinal);
        Assert.Equal(2, await portal.QueryAsync(db => db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM \"__EFMigrationsHistory\"").SingleAsync()));
    }
}
