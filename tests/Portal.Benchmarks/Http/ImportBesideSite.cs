using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Portal.Benchmarks.Api;
using Portal.Benchmarks.Hosting;

namespace Portal.Benchmarks.Http;

/// <summary>
/// Publish beside the site: the title of the measured case study's file is changed, the <c>import</c>
/// verb runs on that file's folder as its own process while the cached site runs, and the page is asked
/// every 20 ms until it shows the new title. The file is then put back and imported again, so that the
/// data stays as it was imported, but one more version of that item.
/// </summary>
public sealed class ImportBesideSite(BenchmarkPaths paths, PortalEnvironment environment, string logFolder)
{
    /// <summary>How long the page is asked before the change counts as never shown.</summary>
    public static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(30);

    /// <returns>From the import's exit, and from its start, to the first answer with the new title; null if it never showed.</returns>
    public async Task<(TimeSpan AfterExit, TimeSpan AfterStart)?> MeasureAsync(RunningSite site, string databasePath, string pagePath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(site);
        var file = SourceFile(databasePath, pagePath);
        var original = await File.ReadAllTextAsync(file, cancellationToken);
        var marker = $"visible-{DateTime.UtcNow:HHmmssfff}";
        var changed = Import.TitleToucher.WithTitleEnding(original, marker) ?? throw new InvalidOperationException($"{file} has no title line");
        try
        {
            await File.WriteAllTextAsync(file, changed, cancellationToken);
            var clock = Stopwatch.StartNew();
            if (!await ImportAsync("5-http-import-beside", Path.GetDirectoryName(file)!, cancellationToken))
            {
                return null;
            }

            var exited = clock.Elapsed;
            while (clock.Elapsed - exited < GiveUpAfter)
            {
                var html = System.Text.Encoding.UTF8.GetString(await site.GetAsync(pagePath, cancellationToken));
                if (html.Contains(marker, StringComparison.Ordinal))
                {
                    return (clock.Elapsed - exited, clock.Elapsed);
                }

                await Task.Delay(20, cancellationToken);
            }

            return null;
        }
        finally
        {
            await File.WriteAllTextAsync(file, original, CancellationToken.None);
            await ImportAsync("5-http-import-restore", Path.GetDirectoryName(file)!, CancellationToken.None);
        }
    }

    private async Task<bool> ImportAsync(string label, string folder, CancellationToken cancellationToken)
    {
        using var child = PortalProcess.Start(paths, environment, ["import", folder], Path.Combine(logFolder, label + ".log"));
        return await child.WaitForExitAsync(cancellationToken) == 0;
    }

    private string SourceFile(string databasePath, string pagePath)
    {
        using var connection = PublishedIds.Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT SourcePath FROM ContentItems WHERE Type = 'CaseStudy' AND Culture = 'en' AND Slug = $slug";
        command.Parameters.AddWithValue("$slug", pagePath[(pagePath.LastIndexOf('/') + 1)..]);
        var relative = command.ExecuteScalar() as string ?? throw new InvalidOperationException($"no source file for {pagePath} in {databasePath}");
        return Path.Combine(environment.ContentPath, relative);
    }
}
