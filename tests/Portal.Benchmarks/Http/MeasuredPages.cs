using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Portal.Benchmarks.Http;

/// <summary>
/// The pages the scenario loads, read from the SQLite file (read-only): the home page, the cluster
/// space with the most case studies (the heaviest), and a case study picked at random with the seed.
/// All in the default culture (no prefix), which the generated originals are written in.
/// </summary>
public sealed record MeasuredPages(IReadOnlyList<(string Name, string Path)> Pages)
{
    private const string DefaultCulture = "en";

    public static MeasuredPages Read(string databasePath, DateTime nowUtc, int seed)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        var now = nowUtc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
        var clusters = Slugs(connection, now, "Cluster", """
            ORDER BY (SELECT COUNT(*) FROM ContentTerms t WHERE t.Kind = 'cluster' AND t.Value = c.ContentId AND t.Culture = c.Culture) DESC, c.ContentId
            LIMIT 1
            """);
        var caseStudies = Slugs(connection, now, "CaseStudy", "ORDER BY c.ContentId");
        if (clusters.Count == 0 || caseStudies.Count == 0)
        {
            throw new InvalidOperationException($"{databasePath} has no published cluster or case study in '{DefaultCulture}' to load");
        }

        return new MeasuredPages([
            ("cluster", $"/clusters/{clusters[0]}"),
            ("case study", $"/case-studies/{caseStudies[new Random(seed).Next(caseStudies.Count)]}"),
            ("home", "/"),
        ]);
    }

    private static List<string> Slugs(SqliteConnection connection, string now, string type, string order)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT c.Slug FROM ContentItems c
            WHERE c.Type = $type AND c.Culture = $culture AND c.Status = 'Published' AND c.PublishedUtc <= $now
            {order}
            """;
        command.Parameters.AddWithValue("$type", type);
        command.Parameters.AddWithValue("$culture", DefaultCulture);
        command.Parameters.AddWithValue("$now", now);
        var slugs = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            slugs.Add(reader.GetString(0));
        }

        return slugs;
    }
}
