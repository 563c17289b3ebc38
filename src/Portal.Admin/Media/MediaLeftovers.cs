using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Portal.Admin.Media;

/// <summary>
/// At start, deletes the temporary files of uploads that a killed process never finished. Only old
/// ones: another server sharing the data folder may be receiving an upload right now.
/// </summary>
public sealed class MediaLeftovers(MediaFolder folder, TimeProvider clock, ILogger<MediaLeftovers> logger) : IHostedService
{
    public static readonly TimeSpan MinimumAge = TimeSpan.FromHours(1);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder.Path))
        {
            return Task.CompletedTask;
        }

        var before = clock.GetUtcNow().UtcDateTime - MinimumAge;
        var deleted = 0;
        foreach (var file in new DirectoryInfo(folder.Path).EnumerateFiles(MediaFolder.TemporaryPattern))
        {
            if (file.LastWriteTimeUtc < before)
            {
                file.Delete();
                deleted++;
            }
        }

        if (deleted > 0)
        {
            logger.LogInformation("Deleted {Count} unfinished upload(s) left in {Folder}", deleted, folder.Path);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
