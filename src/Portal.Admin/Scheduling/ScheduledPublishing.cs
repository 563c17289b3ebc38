using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Portal.Admin.Scheduling;

/// <summary>The web host's background pass over scheduled publications, every <see cref="SchedulerOptions.Interval"/>.</summary>
public sealed class ScheduledPublishing(IServiceScopeFactory scopes, IOptions<SchedulerOptions> options, TimeProvider clock, ILogger<ScheduledPublishing> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        var previous = clock.GetUtcNow().UtcDateTime;
        do
        {
            try
            {
                var now = clock.GetUtcNow().UtcDateTime;
                using var scope = scopes.CreateScope();
                await scope.ServiceProvider.GetRequiredService<ScheduledPublisher>().PublishDueAsync(now, stoppingToken);
                await scope.ServiceProvider.GetRequiredService<ArrivalNotice>().TellAsync(previous, now, stoppingToken);
                previous = now;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A failed pass (database briefly away) must not stop the service: the next tick tries again.
                logger.LogError(exception, "Scheduled publishing pass failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
