using Portal.Digests;
using Portal.Digests.Delivery;
using Portal.Digests.Reporting;
using Portal.Web.Storage;

namespace Portal.Web.Verbs;

/// <summary><c>digests send [--as-of TIME]</c>: one pass of the digest scheduler, as if it were TIME.</summary>
public sealed class DigestsSendVerb(DateTimeOffset? asOf) : IVerb
{
    /// <summary>The moment the pass takes as now; null means the clock's now.</summary>
    public DateTimeOffset? AsOf => asOf;

    public async Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (!services.GetRequiredService<PortalLinks>().CanBuildMailLinks)
        {
            await Console.Error.WriteLineAsync($"No digest was sent. {PortalLinks.Missing}");
            return 1;
        }

        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        var now = (asOf ?? services.GetRequiredService<TimeProvider>().GetUtcNow()).UtcDateTime;
        DigestPassReport report;
        try
        {
            report = await services.GetRequiredService<RecordedDigestPass>().RunAsync(now, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // What is recorded stays recorded: a rerun picks up the pending digests. Say why and fail.
            await Console.Error.WriteLineAsync($"The digest pass failed: {e.Message}");
            return 1;
        }

        foreach (var problem in report.Problems)
        {
            await Console.Error.WriteLineAsync(problem);
        }

        if (report.Busy)
        {
            await Console.Error.WriteLineAsync("Another digest pass is running (the site's scheduler or another command); nothing was done.");
            return 1;
        }

        await Console.Out.WriteLineAsync($"Digests as of {now:yyyy-MM-dd'T'HH:mm:ss'Z'}: {report}.");
        return report.Succeeded ? 0 : 1;
    }
}
