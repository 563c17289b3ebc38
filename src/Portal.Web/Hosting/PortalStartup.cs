using Microsoft.EntityFrameworkCore;
using Portal.Content.Import;
using Portal.Content.Storage;
using Portal.Web.Storage;

namespace Portal.Web.Hosting;

/// <summary>
/// Runs before the site answers: the schema is brought up to date and, on the first start (an empty
/// store), the content folder is imported. Later content comes through the import verb or the admin.
/// </summary>
public sealed class PortalStartup(DatabaseInitializer database, ContentImporter importer, IServiceScopeFactory scopes, ILogger<PortalStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await database.InitializeAsync(cancellationToken);
        using var scope = scopes.CreateScope();
        if (await scope.ServiceProvider.GetRequiredService<PortalDbContext>().ContentItems.AnyAsync(cancellationToken))
        {
            return;
        }

        var report = await importer.ImportAsync(new ImportRequest(), progress: null, cancellationToken);
        foreach (var problem in report.Problems)
        {
            logger.LogWarning("Refused on first import: {Problem}", problem);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
