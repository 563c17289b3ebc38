using Microsoft.Data.Sqlite;
using Portal.Benchmarks.Api;

namespace Portal.Benchmarks.Search;

/// <summary>
/// The same queries against the FTS5 table, on one connection with a prepared statement: top 10 by
/// bm25, no facets. Plain words are ORed (any word accepted, as in the portal), a phrase is an FTS5
/// phrase, and a facet filter is a column filter ANDed to the text. The page cache is 64 MiB.
/// </summary>
public sealed class Fts5Search : IDisposable
{
    private static readonly Dictionary<string, string> ColumnOf = new(StringComparer.Ordinal)
    {
        ["type"] = "type",
        ["cluster"] = "clusters",
        ["country"] = "countries",
        ["hazard"] = "hazards",
    };

    private readonly SqliteConnection connection;
    private readonly SqliteCommand command;
    private readonly SqliteParameter match;

    public Fts5Search(string ftsPath)
    {
        connection = PublishedIds.Open(ftsPath);
        using (var cache = connection.CreateCommand())
        {
            cache.CommandText = "PRAGMA cache_size = -65536";
            cache.ExecuteNonQuery();
        }

        command = connection.CreateCommand();
        command.CommandText = "SELECT id, title, rank FROM docs WHERE docs MATCH $match ORDER BY rank LIMIT 10";
        match = command.Parameters.Add("$match", SqliteType.Text);
        command.Prepare();
    }

    /// <summary>Runs one query and returns how many rows of the top 10 it read.</summary>
    public int Run(BenchmarkQuery query)
    {
        match.Value = Match(query);
        using var reader = command.ExecuteReader();
        var rows = 0;
        while (reader.Read())
        {
            _ = reader.GetString(0) + reader.GetString(1);
            rows++;
        }

        return rows;
    }

    public static string Match(BenchmarkQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var text = query.IsPhrase ? Quote(string.Join(' ', query.Words)) : string.Join(" OR ", query.Words.Select(Quote));
        var expression = $"{{title summary body}} : ({text})";
        return query.Facet is { } facet ? $"{expression} AND {{{ColumnOf[facet]}}} : {Quote(query.FacetValue!)}" : expression;
    }

    public void Dispose()
    {
        command.Dispose();
        connection.Dispose();
    }

    private static string Quote(string text) => $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
