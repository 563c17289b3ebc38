using Portal.IntegrationTests.Fixtures;

// One PostgreSQL server for the whole run; each test makes its own database in it.
[assembly: AssemblyFixture(typeof(PostgresServer))]
