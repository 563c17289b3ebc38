using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Content.Storage;
using Portal.Digests.Delivery;

namespace Portal.Digests.Reporting;

/// <summary>
/// Runs a digest pass and keeps what it did as a <see cref="DigestPassRun"/>, a failed pass too.
/// A pass that found another one running did nothing and leaves no row. Runs older than
/// <see cref="KeptDays"/> are dropped as new ones come: the web host runs a pass a minute.
/// </summary>
public sealed class RecordedDigestPass(DigestPass pass, IServiceScopeFactory scopes, TimeProvider clock, ILogger<RecordedDigestPass> logger)
{
    public const int KeptDays = 30;

    public async Task<DigestPassReport> RunAsync(DateTime asOfUtc, CancellationToken cancellationToken)
    {
        var started = clock.GetUtcNow().UtcDateTime;
        DigestPassReport report;
        try
        {
            report = await pass.RunAsync(asOfUtc, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            try
            {
                await SaveAsync(new DigestPassReport(), started, asOfUtc, $"The pass failed: {e.Message}", CancellationToken.None);
            }
            catch (Exception recording) when (recording is not OperationCanceledException)
            {
                // Often the same cause (the database is down); the pass's own error is the one to report.
                logger.LogError(recording, "The failed digest pass could not be recorded");
            }

            throw;
        }

        if (!report.Busy)
        {
            await SaveAsync(report, started, asOfUtc, report.Problems.Count == 0 ? null : string.Join('\n', report.Problems), cancellationToken);
        }

        return report;
    }

    private async Task SaveAsync(DigestPassReport report, DateTime started, DateTime asOfUtc, string? problems, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var finished = clock.GetUtcNow().UtcDateTime;
        db.Add(new DigestPassRun
        {
            StartedUtc = started,
            FinishedUtc = finished,
            AsOfUtc = asOfUtc,
            Due = report.Due,
            Composed = report.Composed,
            Sent = report.Sent,
            Deferred = report.Deferred,
            Failed = report.Failed,
            Suspended = report.Suspended,
            Problems = problems is { Length: > 4000 } ? problems[..4000] : problems,
        });
        await db.SaveChangesAsync(cancellationToken);
        var oldest = finished.AddDays(-KeptDays);
        await db.Set<DigestPassRun>().Where(r => r.StartedUtc < oldest).ExecuteDeleteAsync(cancellationToken);
    }
}
