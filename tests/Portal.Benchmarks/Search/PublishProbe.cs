using System.Diagnostics;
using System.Text.Json;
using Portal.Benchmarks.Api;
using Portal.Benchmarks.Hosting;

namespace Portal.Benchmarks.Search;

/// <summary>
/// Publish to searchable while the site runs: one news file written with a new word in its title, the
/// import verb run on its folder (another process, as an editor's import is), then the time from the
/// moment the import's transaction is committed (seen by polling the indexing queue in portal.db,
/// read-only, every millisecond) until <c>/api/search</c> first finds the word. The folder goes at the end;
/// the item stays in the database.
/// </summary>
public sealed class PublishProbe(BenchmarkPaths paths, PortalEnvironment environment, HttpClient client, string logFolder)
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(15);

    public async Task<PublishSample> RunAsync(int tries, int seed, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(environment.ContentPath, "bench-publish");
        Directory.CreateDirectory(folder);
        using var queue = PublishedIds.Open(Path.Combine(environment.DataPath, "portal.db"));
        using var lastTask = queue.CreateCommand();
        lastTask.CommandText = "SELECT COALESCE(MAX(Id), 0) FROM SearchIndexingTasks";
        var random = new Random(seed);
        List<double> seconds = [], imports = [];
        var failures = 0;
        try
        {
            for (var i = 1; i <= tries; i++)
            {
                var word = "zq" + new string([.. Enumerable.Range(0, 8).Select(_ => (char)('a' + random.Next(26)))]);
                await File.WriteAllTextAsync(Path.Combine(folder, "publish-probe.md"), $"""
                    ---
                    type: News
                    id: bench-publish-probe
                    title: "Publish probe {word}"
                    published: 2020-01-01
                    ---
                    A news item that the benchmark publishes again and again.

                    """, cancellationToken);
                var before = (long)lastTask.ExecuteScalar()!;
                using var import = PortalProcess.Start(paths, environment, ["import", folder], Path.Combine(logFolder, $"6-publish-{i:D2}.log"));
                var committed = await WaitForCommitAsync(() => (long)lastTask.ExecuteScalar()! > before, import, cancellationToken);
                var found = committed is null ? null : await WaitUntilFoundAsync(word, cancellationToken);
                var exit = await import.WaitForExitAsync(cancellationToken);
                imports.Add(import.WallTime.TotalSeconds);
                seconds.Add(committed is { } from && found is { } to ? Stopwatch.GetElapsedTime(from, to).TotalSeconds : double.NaN);
                failures += found is null || exit != 0 ? 1 : 0;
                Console.WriteLine($"  publish {i}/{tries}: '{word}' {(found is null ? "NOT FOUND" : $"searchable {seconds[^1]:F3} s after the commit")}; import exit {exit} after {import.WallTime.TotalSeconds:F1} s");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        return new PublishSample(seconds, imports, failures);
    }

    private static async Task<long?> WaitForCommitAsync(Func<bool> committed, PortalProcess import, CancellationToken cancellationToken)
    {
        while (!import.HasExited)
        {
            if (committed())
            {
                return Stopwatch.GetTimestamp();
            }

            await Task.Delay(1, cancellationToken);
        }

        return committed() ? Stopwatch.GetTimestamp() : null;
    }

    private async Task<long?> WaitUntilFoundAsync(string word, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Limit)
        {
            await using var answer = await client.GetStreamAsync(new Uri($"/api/search?q={word}", UriKind.Relative), cancellationToken);
            using var json = await JsonDocument.ParseAsync(answer, cancellationToken: cancellationToken);
            if (json.RootElement.GetProperty("total").GetInt32() > 0)
            {
                return Stopwatch.GetTimestamp();
            }

            await Task.Delay(2, cancellationToken);
        }

        return null;
    }
}
