using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Content.Configuration;
using Portal.Content.Storage;

namespace Portal.Digests.Delivery;

/// <summary>
/// The send loop commits one small row per message, right after the server took it. Waiting for the
/// disk at each commit (an fsync, some 5 ms on the machines measured) would cap a pass near 200
/// digests a second, so the loop's connection commits without waiting for it: SQLite's WAL with
/// <c>synchronous=NORMAL</c>, PostgreSQL's <c>synchronous_commit=off</c>. Each mark is still in the
/// database before the next message goes, so a killed process loses none; only a power cut or an
/// operating-system crash can undo the last marks, and those digests are sent again with their
/// Message-ID (docs/decisions/0005).
/// </summary>
public static class OutboxCommits
{
    /// <summary>Opens the connection of <paramref name="db"/> with unwaited commits until the result is disposed.</summary>
    public static async Task<IAsyncDisposable> WithoutWaitingForTheDiskAsync(PortalDbContext db, DatabaseProvider provider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.OpenConnectionAsync(cancellationToken);
        if (provider == DatabaseProvider.PostgreSQL)
        {
            await db.Database.ExecuteSqlRawAsync("SET synchronous_commit TO OFF", cancellationToken);
            return new Restore(db, "SET synchronous_commit TO DEFAULT");
        }

        var before = await db.Database.SqlQueryRaw<long>("SELECT synchronous AS \"Value\" FROM pragma_synchronous").SingleAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=NORMAL", cancellationToken);
        return new Restore(db, $"PRAGMA synchronous={before.ToString(CultureInfo.InvariantCulture)}");
    }

    /// <summary>Puts the connection back as it was: it returns to the pool, where others commit.</summary>
    private sealed class Restore(PortalDbContext db, string sql) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await db.Database.ExecuteSqlRawAsync(sql);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }
}
