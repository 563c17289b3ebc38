using Portal.Benchmarks.Cli;

namespace Portal.Benchmarks.Api;

/// <summary>
/// <c>api --data FOLDER [--folder CONTENT] [--requests 2000] [--warmup 200] [--list-requests 500] [--list-warmup 50]
/// [--limit SECONDS] [--seed S]</c>: the site runs on the data folder (holding portal.db) of an earlier import; each
/// series of requests stops when it has run for <c>--limit</c> seconds (default 600).
/// </summary>
public sealed record ApiSettings(string? DataPath, string? ContentPath, int Requests, int WarmUp, int ListRequests, int ListWarmUp, TimeSpan Limit, int Seed)
{
    public static ApiSettings Read(CommandLine line) => new(
        line.Text("data") is { } data ? Path.GetFullPath(data) : null,
        line.Text("folder") is { } folder ? Path.GetFullPath(folder) : null,
        line.Number("requests", 2_000),
        line.Number("warmup", 200, min: 0),
        line.Number("list-requests", 500),
        line.Number("list-warmup", 50, min: 0),
        TimeSpan.FromSeconds(line.Number("limit", 600)),
        line.Number("seed", 42, min: 0));
}
