using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Portal.Benchmarks.Api;

/// <summary>
/// The ids that <c>GET /api/content/{id}</c> should find: items published at or before now, read
/// straight from the SQLite file (read-only), so that the benchmark does not page through the API to learn them.
/// </summary>
public static class PublishedIds
{
    public static IReadOnlyList<string> Read(string databasePath, DateTime nowUtc)
    {
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT DISTINCT ContentId FROM ContentItems
            WHERE Status = 'Published' AND PublishedUtc <= $now
            ORDER BY ContentId
            """;
        AddNow(command, nowUtc);
        var ids = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    /// <summary>How many ids of a type are public now: the list API's <c>total</c> for that type in the default culture.</summary>
    public static int CountPublished(string databasePath, string type, DateTime nowUtc)
    {
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(DISTINCT ContentId) FROM ContentItems WHERE Status = 'Published' AND Type = $type AND PublishedUtc <= $now";
        command.Parameters.AddWithValue("$type", type);
        AddNow(command, nowUtc);
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Every published item in every culture (scheduled ones too): what <c>reindex</c> indexes.</summary>
    public static int CountPublishedAll(string databasePath)
    {
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM ContentItems WHERE Status = 'Published'";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Every item in every culture, published or not: the size of the store the API answers from.</summary>
    public static int CountItems(string databasePath)
    {
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM ContentItems";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public static void AddNow(SqliteCommand command, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Parameters.AddWithValue("$now", TimeText(nowUtc));
    }

    /// <summary>A time as EF Core stores it in SQLite (text), so that the SQL compares it with a stored time as the site's own queries do.</summary>
    public static string TimeText(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    /// <summary>A read-only connection: the harness never writes the portal's database.</summary>
    public static SqliteConnection Open(string databasePath)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        return connection;
    }
}
