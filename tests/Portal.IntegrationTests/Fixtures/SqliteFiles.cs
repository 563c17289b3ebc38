namespace Portal.IntegrationTests.Fixtures;

/// <summary>SQLite: the portal's default, one file in each test's own data folder.</summary>
public sealed class SqliteFiles : IDatabaseSource
{
    public static SqliteFiles Instance { get; } = new();

    public string Provider => "Sqlite";

    public Task<string?> CreateDatabaseAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    public Task DropDatabaseAsync(string connectionString) => Task.CompletedTask;
}
