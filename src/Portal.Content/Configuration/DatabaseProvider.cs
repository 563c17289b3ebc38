namespace Portal.Content.Configuration;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSQL,
}
