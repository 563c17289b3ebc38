using Microsoft.EntityFrameworkCore;
using Portal.IntegrationTests.Fixtures;

namespace Portal.IntegrationTests.Health;

public abstract class HealthTests(IDatabaseSource database)
{
    [Fact]
    public async Task Health_answers_200_and_healthy_when_the_database_answers()
    {
        await using var app = await PortalApp.CreateAsync(database);

        var health = await app.GetJsonAsync("/health");

        Assert.Equal("Healthy", (string)health["status"]!);
    }

    [Fact]
    public async Task The_site_keeps_its_data_in_the_configured_provider()
    {
        await using var app = await PortalApp.CreateAsync(database);

        var provider = await app.QueryAsync(db => Task.FromResult(db.Database.ProviderName));

        Assert.Equal(database.Provider == "PostgreSQL" ? "Npgsql.EntityFrameworkCore.PostgreSQL" : "Microsoft.EntityFrameworkCore.Sqlite", provider);
    }
}

public sealed class HealthTestsOnSqlite() : HealthTests(SqliteFiles.Instance);

public sealed class HealthTestsOnPostgreSql(PostgresServer server) : HealthTests(server);
