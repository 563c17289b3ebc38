using System.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Content.Storage;

namespace Portal.Admin.Audit;

/// <summary>
/// A change made through Identity's managers, which save as they go, and its audit entry in one
/// transaction: when the change fails, or the entry cannot be written, nothing of it stays.
/// </summary>
public sealed class AuditedChange(PortalDbContext db, AuditLog audit)
{
    public async Task<IdentityResult> RunAsync(
        Func<Task<IdentityResult>> change, string action, string? target, string? detail, CancellationToken cancellationToken, IsolationLevel isolation = IsolationLevel.ReadCommitted)
    {
        ArgumentNullException.ThrowIfNull(change);
        await using var transaction = await db.Database.BeginTransactionAsync(isolation, cancellationToken);
        try
        {
            var result = await change();
            if (result.Succeeded)
            {
                audit.Record(action, target, detail);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return result;
            }

            db.ChangeTracker.Clear();
            return result;
        }
        catch
        {
            // Rolled back: what the context still holds in memory is no longer what the database holds.
            db.ChangeTracker.Clear();
            throw;
        }
    }
}
