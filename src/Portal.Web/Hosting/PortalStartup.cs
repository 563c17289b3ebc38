using Microsoft.EntityFrameworkCore;
using Portal.Content.Import;
using Portal.Content.Model;
using Portal.Content.Storage;
using Portal.Web.Storage;

namespace Portal.Web.Hosting;

/// <summary>
/// Runs before the site answers: the schema is brought up to date and, on the first start, the content
/// folder is imported. That first import counts as done only once it has finished (see
/// <see cref="FirstImport"/>): a start after an interrupted one imports the folder again, which skips
/// what is already in. Later content comes through the import verb or the admin.
/// </summary>
public sealed class PortalStartup(DatabaseInitializer database, ContentImporter importer, IServiceScopeFactory scopes, TimeProvider clock, ILogger<PortalStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await database.InitializeAsync(cancellationToken);
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var record = await db.Set<FirstImport>().FindAsync([FirstImport.TheOne], cancellationToken);
        if (record?.FinishedUtc is not null)
        {
            return;
        }

        if (record is null)
        {
            // A store with content but no record was filled before the record was kept: its first import is long past.
            var filled = await db.ContentItems.AnyAsync(cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            record = new FirstImport { StartedUtc = now, FinishedUtc = filled ? now : null };
            db.Add(record);
            await db.SaveChangesAsync(cancellationToken);
            if (filled)
            {
                return;
            }
        }
        else
        {
            logger.LogWarning("The first import of the content folder, started at {Started:u}, did not finish: importing the folder again", record.StartedUtc);
        }

        var report = await importer.ImportAsync(new ImportRequest(), progress: null, cancellationToken);
        foreach (var problem in report.Problems)
        {
            logger.LogWarning("Refused on first import: {Problem}", problem);
        }

        record.FinishedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
