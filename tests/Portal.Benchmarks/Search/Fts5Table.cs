using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Portal.Benchmarks.Api;
using Portal.Content.Markdown;

namespace Portal.Benchmarks.Search;

/// <summary>
/// The yardstick's table: the items public now in a SQLite FTS5 table in a file of its own, with the
/// title, the summary and the body as plain text from the Markdown (as the Lucene index has it),
/// Porter stemming over unicode61 with diacritics removed, ranked by bm25 with the index's field
/// weights (title 3, summary 1.5, body 1) and merged into one b-tree at the end. A table that already
/// holds as many rows as there are public items, give or take one in a thousand (items published since,
/// the publish probe's item), is reused.
/// </summary>
public static class Fts5Table
{
    private const int BatchSize = 1_000;

    /// <summary>Returns how long building took, or null when the existing table was reused.</summary>
    public static TimeSpan? Ensure(string ftsPath, string portalDatabase, int publicItems, DateTime nowUtc)
    {
        if (Math.Abs(Rows(ftsPath) - publicItems) <= publicItems / 1000)
        {
            return null;
        }

        File.Delete(ftsPath);
        var clock = Stopwatch.StartNew();
        using var target = new SqliteConnection($"Data Source={ftsPath}");
        target.Open();
        Execute(target, """
            CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, summary, body, type, clusters, countries, hazards,
                tokenize = 'porter unicode61 remove_diacritics 2');
            INSERT INTO docs(docs, rank) VALUES ('rank', 'bm25(0, 3.0, 1.5, 1.0, 0, 0, 0, 0)');
            """);
        using var source = PublishedIds.Open(portalDatabase);
        using var read = source.CreateCommand();
        read.CommandText = $"SELECT i.ContentId, i.Type, v.Title, v.Summary, v.Body, v.FieldsJson {CorpusReader.PublicVersions}";
        PublishedIds.AddNow(read, nowUtc);
        using var reader = read.ExecuteReader();
        var markdown = new MarkdownRenderer();
        var batch = new List<string[]>(BatchSize);
        while (reader.Read())
        {
            batch.Add([reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? "" : reader.GetString(3), reader.GetString(4), reader.GetString(5)]);
            if (batch.Count == BatchSize)
            {
                Insert(target, markdown, batch);
            }
        }

        Insert(target, markdown, batch);
        Execute(target, "INSERT INTO docs(docs) VALUES ('optimize');");
        return clock.Elapsed;
    }

    private static void Insert(SqliteConnection target, MarkdownRenderer markdown, List<string[]> batch)
    {
        // Markdown to text on both cores, as the reindex does; SQLite then writes on one.
        var texts = new string[batch.Count];
        Parallel.For(0, batch.Count, i => texts[i] = markdown.ToPlainText(batch[i][4]));
        using var transaction = target.BeginTransaction();
        using var insert = target.CreateCommand();
        insert.CommandText = "INSERT INTO docs VALUES ($id, $title, $summary, $body, $type, $clusters, $countries, $hazards)";
        for (var i = 0; i < batch.Count; i++)
        {
            var (id, type, title, summary, fields) = (batch[i][0], batch[i][1], batch[i][2], batch[i][3], batch[i][5]);
            var item = CorpusItem.From(type, culture: "", title, summary, fields);
            insert.Parameters.Clear();
            insert.Parameters.AddWithValue("$id", id);
            insert.Parameters.AddWithValue("$title", title);
            insert.Parameters.AddWithValue("$summary", summary);
            insert.Parameters.AddWithValue("$body", texts[i]);
            insert.Parameters.AddWithValue("$type", type);
            insert.Parameters.AddWithValue("$clusters", string.Join(' ', item.Clusters));
            insert.Parameters.AddWithValue("$countries", string.Join(' ', item.Countries));
            insert.Parameters.AddWithValue("$hazards", string.Join(' ', item.Hazards));
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
        batch.Clear();
    }

    /// <summary>The rows of the table; -1 when there is none.</summary>
    public static long Rows(string ftsPath)
    {
        if (!File.Exists(ftsPath))
        {
            return -1;
        }

        try
        {
            using var connection = PublishedIds.Open(ftsPath);
            using var count = connection.CreateCommand();
            count.CommandText = "SELECT COUNT(*) FROM docs";
            return (long)count.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            // Not a table of ours (an interrupted build): it is built again.
            return -1;
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
