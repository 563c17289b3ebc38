using Portal.Benchmarks.Api;

namespace Portal.Benchmarks.Search;

/// <summary>
/// Reads the public items of an imported <c>portal.db</c> (read-only, straight from SQLite): those a
/// search can find now, with the public version's title, summary and fields, in key order so that the
/// same seed draws the same queries.
/// </summary>
public static class CorpusReader
{
    /// <summary>The items public now with their public versions, over the portal's own tables.</summary>
    public const string PublicVersions = """
        FROM ContentItems i
        JOIN ContentVersions v ON v.ContentId = i.ContentId AND v.Culture = i.Culture AND v.Number = i.PublishedVersion
        WHERE i.Status = 'Published' AND i.PublishedUtc <= $now
        """;

    public static List<CorpusItem> Read(string databasePath, DateTime nowUtc)
    {
        using var connection = PublishedIds.Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT i.Type, i.Culture, v.Title, v.Summary, v.FieldsJson {PublicVersions} ORDER BY i.ContentId, i.Culture";
        PublishedIds.AddNow(command, nowUtc);
        var items = new List<CorpusItem>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            items.Add(CorpusItem.From(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetString(4)));
        }

        return items;
    }
}
