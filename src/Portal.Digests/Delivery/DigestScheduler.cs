using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Digests.Reporting;

namespace Portal.Digests.Delivery;

/// <summary>Runs a digest pass every minute in the web host; the pass lock keeps servers from overlapping.</summary>
public sealed class DigestScheduler(RecordedDigestPass pass, IOptions<DigestOptions> options, TimeProvider clock, ILogger<DigestScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunInBackground)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), clock);
        do
        {
            try
            {
                var report = await pass.RunAsync(clock.GetUtcNow().UtcDateTime, stoppingToken);
                if (report.Composed + report.Sent + report.Deferred + report.Failed > 0 || report.Problems.Count > 0)
                {
                    logger.LogInformation("Digest pass: {Report}", report);
                }

                foreach (var problem in report.Problems)
                {
                    logger.LogWarning("Digest pass: {Problem}", problem);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Digest pass failed; the next runs in a minute");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
