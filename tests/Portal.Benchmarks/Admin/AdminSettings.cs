using Portal.Benchmarks.Cli;

namespace Portal.Benchmarks.Admin;

/// <summary>
/// <c>admin --data FOLDER [--folder CONTENT] [--list-requests 1000] [--list-warmup 100] [--saves 300] [--save-warmup 30]
/// [--publishes 20] [--limit 600] [--seed S]</c>: the admin over the data folder of an earlier import.
/// </summary>
public sealed record AdminSettings(string? DataPath, string? ContentPath, int ListRequests, int ListWarmUp, int Saves, int SaveWarmUp, int Publishes, TimeSpan Limit, int Seed)
{
    public static AdminSettings Read(CommandLine line) => new(
        line.Text("data") is { } data ? Path.GetFullPath(data) : null,
        line.Text("folder") is { } folder ? Path.GetFullPath(folder) : null,
        line.Number("list-requests", 1_000),
        line.Number("list-warmup", 100, min: 0),
        line.Number("saves", 300),
        line.Number("save-warmup", 30, min: 0),
        line.Number("publishes", 20),
        TimeSpan.FromSeconds(line.Number("limit", 600)),
        line.Number("seed", 42, min: 0));
}
