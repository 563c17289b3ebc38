using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Content.Configuration;
using Portal.Content.Storage;
using Portal.Content.Taxonomies;

namespace Portal.Web.Storage;

/// <summary>Brings the schema up to date, keeping the data, and makes sure the roles of seeds/ exist.</summary>
public sealed class DatabaseInitializer(IServiceScopeFactory scopes, Taxonomy taxonomy, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        if ((await db.Database.GetAppliedMigrationsAsync(cancellationToken)).FirstOrDefault(m => !known.Contains(m)) is { } unknown)
        {
            // The migrations were squashed on 3 December 2026: applying them over an older schema would
            // fail half-way, on a table that already exists.
            throw new StartupRefusedException(
                $"the database was made by an earlier release (its migration {unknown} is not one of this release's): "
                + "delete the data folder's portal.db (SQLite) or the PostgreSQL database and start again; the first start imports the content.");
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
        }

        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // Write-ahead logging lets readers go on while an import writes; fresh planner statistics
            // keep lookups by id on the primary key.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA optimize=0x10002;", cancellationToken);
        }

        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in taxonomy.Roles)
        {
            if (!await roles.RoleExistsAsync(role.Name))
            {
                await roles.CreateAsync(new IdentityRole(role.Name));
            }
        }
    }
}
