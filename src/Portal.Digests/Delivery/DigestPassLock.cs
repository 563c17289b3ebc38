using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Content.Configuration;
using Portal.Content.Storage;

namespace Portal.Digests.Delivery;

/// <summary>
/// One digest pass at a time. On PostgreSQL, a session advisory lock: shared by every web server,
/// and released by the server when the holder's connection dies. On SQLite (one machine by
/// nature), an exclusive lock on a file beside the database, released by the OS when the holder dies.
/// Neither outlives a killed process, so a rerun never waits for a lease to expire.
/// </summary>
public sealed class DigestPassLock(IServiceScopeFactory scopes, IOptions<PortalOptions> portal)
{
    // Any constant that no other feature uses for its advisory lock ("DIGEST" in ASCII).
    private const long AdvisoryKey = 0x444947455354;

    /// <summary>The held lock, or null when another pass holds it.</summary>
    public async Task<IAsyncDisposable?> TryAcquireAsync(CancellationToken cancellationToken)
    {
        if (portal.Value.Database.Provider == DatabaseProvider.PostgreSQL)
        {
            var scope = scopes.CreateAsyncScope();
            try
            {
                var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
                await db.Database.OpenConnectionAsync(cancellationToken);
                var taken = await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_lock({AdvisoryKey}) AS \"Value\"").SingleAsync(cancellationToken);
                if (taken)
                {
                    return new AdvisoryLock(scope, db);
                }
            }
            catch
            {
                await scope.DisposeAsync();
                throw;
            }

            await scope.DisposeAsync();
            return null;
        }

        var path = Path.Combine(portal.Value.DataPath, "digests.lock");
        Directory.CreateDirectory(portal.Value.DataPath);
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
        }
        catch (IOException e) when (IsHeldElsewhere(e))
        {
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A full disk, a read-only folder or a broken link is not another pass: say what it is.
            throw new IOException($"The digest pass lock file {path} cannot be opened: {e.Message}", e);
        }
    }

    /// <summary>
    /// Whether the file is locked by another holder, as opposed to any other failure to open it. .NET
    /// reports that as a plain IOException whose HResult is the system's code: EWOULDBLOCK from flock
    /// on Linux (11) and macOS (35), a sharing or lock violation on Windows.
    /// </summary>
    private static bool IsHeldElsewhere(IOException e) =>
        e.GetType() == typeof(IOException) && e.HResult is 11 or 35 or unchecked((int)0x80070020) or unchecked((int)0x80070021);

    private sealed class AdvisoryLock(AsyncServiceScope scope, PortalDbContext db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({AdvisoryKey})");
                await db.Database.CloseConnectionAsync();
            }
            finally
            {
                await scope.DisposeAsync();
            }
        }
    }
}
