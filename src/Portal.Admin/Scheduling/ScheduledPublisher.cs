using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Admin.Audit;
using Portal.Content.Publishing;

namespace Portal.Admin.Scheduling;

/// <summary>
/// Publishes the versions whose scheduled moment has come. Each one is claimed by a conditional
/// update in the transaction that publishes it: two passes, in one process or on two servers, cannot
/// both publish it, and a crash before the commit leaves it pending for the next pass.
/// </summary>
public sealed class ScheduledPublisher(ContentOperations operations, ILogger<ScheduledPublisher> logger)
{
    public const string Actor = "scheduler";

    /// <returns>How many versions this pass published.</returns>
    public async Task<int> PublishDueAsync(DateTime nowUtc, CancellationToken cancellationToken)
    {
        var db = operations.Db;
        var due = await db.Set<ScheduledPublication>().AsNoTracking()
            .Where(s => s.DoneUtc == null && s.DueUtc <= nowUtc)
            .OrderBy(s => s.DueUtc).ThenBy(s => s.Id)
            .ToListAsync(cancellationToken);
        var published = 0;
        foreach (var schedule in due)
        {
            if (await PublishOneAsync(schedule, nowUtc, cancellationToken))
            {
                published++;
            }
        }

        if (published > 0)
        {
            logger.LogInformation("Scheduled publishing: {Published} of {Due} due item(s) published", published, due.Count);
        }

        return published;
    }

    private async Task<bool> PublishOneAsync(ScheduledPublication schedule, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var db = operations.Db;
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.Set<ScheduledPublication>()
            .Where(s => s.Id == schedule.Id && s.DoneUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.DoneUtc, nowUtc), cancellationToken);
        if (claimed == 0)
        {
            return false;
        }

        var item = await db.ContentItems.SingleOrDefaultAsync(i => i.ContentId == schedule.ContentId && i.Culture == schedule.Culture, cancellationToken);
        var version = item is null ? null : await db.ContentVersions.SingleOrDefaultAsync(
            v => v.ContentId == schedule.ContentId && v.Culture == schedule.Culture && v.Number == schedule.VersionNumber, cancellationToken);
        var target = $"{schedule.ContentId}/{schedule.Culture}";
        if (item is null || version is null)
        {
            // The item or version went away since it was scheduled: the claim stands, so it is not retried forever.
            Audit(db, "content.schedule-failed", target, $"version {schedule.VersionNumber} no longer exists", nowUtc);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return false;
        }

        operations.Publish(item, version);
        Audit(db, "content.publish-scheduled", target, $"version {version.Number}, scheduled for {schedule.DueUtc:u} by {schedule.ScheduledBy}", nowUtc);
        await operations.SaveAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static void Audit(DbContext db, string action, string target, string detail, DateTime nowUtc) =>
        db.Set<AuditEntry>().Add(new AuditEntry { AtUtc = nowUtc, UserName = Actor, Action = action, Target = target, Detail = detail });
}
