using Portal.Benchmarks.Cli;

namespace Portal.Benchmarks.Http;

/// <summary>
/// <c>http (--data FOLDER | --work FOLDER) [--folder CONTENT] [--duration 30] [--warmup-seconds 5] [--connections 32]
/// [--threads 2] [--seed S]</c>: the data folder of an earlier import (<c>--work</c> names the work folder holding it).
/// </summary>
public sealed record HttpSettings(string? DataPath, string? ContentPath, int DurationSeconds, int WarmUpSeconds, int Connections, int Threads, int Seed)
{
    public static HttpSettings Read(CommandLine line)
    {
        var work = line.Text("work");
        return new(
            line.Text("data") is { } data ? Path.GetFullPath(data) : work is null ? null : Path.Combine(Path.GetFullPath(work), "data"),
            line.Text("folder") is { } folder ? Path.GetFullPath(folder) : null,
            line.Number("duration", 30),
            line.Number("warmup-seconds", 5, min: 0),
            line.Number("connections", 32),
            line.Number("threads", 2),
            line.Number("seed", 42, min: 0));
    }
}
