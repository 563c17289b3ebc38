using Microsoft.Data.Sqlite;
using Portal.Benchmarks.Api;

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
        using var connection = PublishedIds.Open(databasePath);
        var clusters = Slugs(connection, nowUtc, "Cluster", """
            ORDER BY (SELECT COUNT(*) FROM ContentTerms t WHERE t.Kind = 'cluster' AND t.Value = c.ContentId AND t.Culture = c.Culture) DESC, c.ContentId
            LIMIT 1
            """);
        var caseStudies = Slugs(connection, nowUtc, "CaseStudy", "ORDER BY c.ContentId");
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

    private static List<string> Slugs(SqliteConnection connection, DateTime nowUtc, string type, string order)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT c.Slug FROM ContentItems c
            WHERE c.Type = $type AND c.Culture = $culture AND c.Status = 'Published' AND c.PublishedUtc <= $now
            {order}
            """;
        command.Parameters.AddWithValue("$type", type);
        command.Parameters.AddWithValue("$culture", DefaultCulture);
        PublishedIds.AddNow(command, nowUtc);
        var slugs = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            slugs.Add(reader.GetString(0));
        }

        return slugs;
    }
}
