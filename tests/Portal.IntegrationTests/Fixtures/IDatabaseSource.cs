namespace Portal.IntegrationTests.Fixtures;

/// <summary>Where a test's portal keeps its data: one provider, and a fresh, empty database for every test.</summary>
public interface IDatabaseSource
{
    /// <summary>The value of <c>Portal:Database:Provider</c>.</summary>
    string Provider { get; }

    /// <summary>A connection string to a new empty database, or null when the portal makes its own SQLite file in its data folder.</summary>
    Task<string?> CreateDatabaseAsync(CancellationToken cancellationToken);

    /// <summary>Removes a database made by <see cref="CreateDatabaseAsync"/>.</summary>
    Task DropDatabaseAsync(string connectionString);
}
