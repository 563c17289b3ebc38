using Portal.Benchmarks.Api;

namespace Portal.Benchmarks.Admin;

/// <summary>What the admin scenario asks for, read from the SQLite file (read-only): items to edit, words of titles, clusters.</summary>
public static class AdminSamples
{
    /// <summary>Published items of a type in the default culture; <paramref name="alone"/>: only ids without a translation.</summary>
    public static List<string> Ids(string databasePath, string type, bool alone = false) =>
        Strings(databasePath, """
            SELECT ContentId FROM ContentItems i WHERE Type = $type AND Culture = 'en' AND Status = 'Published' AND PublishedUtc <= $now
            AND ($alone = 0 OR NOT EXISTS (SELECT 1 FROM ContentItems o WHERE o.ContentId = i.ContentId AND o.Culture <> 'en'))
            ORDER BY ContentId
            """, ("$type", type), ("$alone", alone ? 1 : 0), ("$now", PublishedIds.TimeText(DateTime.UtcNow)));

    public static List<string> Clusters(string databasePath) =>
        Strings(databasePath, "SELECT DISTINCT ContentId FROM ContentItems WHERE Type = 'Cluster' ORDER BY ContentId");

    /// <summary>Words of five letters or more from the titles of some items: searches that match a few or many.</summary>
    public static List<string> TitleWords(string databasePath) =>
        [.. Strings(databasePath, "SELECT Title FROM ContentVersions WHERE Culture = 'en' ORDER BY ContentId LIMIT 400")
            .SelectMany(title => title.Split([' ', ',', ':', '.', '(', ')', '"', '\''], StringSplitOptions.RemoveEmptyEntries))
            .Where(word => word.Length >= 5 && word.All(char.IsAsciiLetter))
            .Select(word => word.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];

    private static List<string> Strings(string databasePath, string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = PublishedIds.Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
