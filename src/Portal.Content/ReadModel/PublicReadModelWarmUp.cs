using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Content.Storage;

namespace Portal.Content.ReadModel;

/// <summary>
/// Starts reading what is published as soon as the schema is up to date, while the rest of the host
/// starts and the first requests warm up, instead of when the first page asks for it: at 100,000
/// items the read takes most of the time from start to first page.
/// </summary>
public sealed class PublicReadModelWarmUp(PublicReadModel model, IServiceScopeFactory scopes, ILogger<PublicReadModelWarmUp> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource stopping = new();
    private Task reading = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        reading = Task.Run(ReadAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync();
        await reading.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public void Dispose() => stopping.Dispose();

    private async Task ReadAsync()
    {
        try
        {
            using var scope = scopes.CreateScope();
            await model.GetAsync(scope.ServiceProvider.GetRequiredService<PortalDbContext>(), stopping.Token);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
#pragma warning disable CA1031 // The first page reads it again and reports what is wrong; a warm-up must not stop the host.
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger.LogWarning(e, "Reading what is published ahead of the first page failed; the first page will read it");
        }
    }
}
