using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Portal.Digests.Members;

/// <summary>
/// How many confirmation mails <c>POST /subscribe</c> may send per client and per address in a window
/// (<c>Portal:Digests:SubscribeMailsPerClient</c>, <c>SubscribeMailsPerAddress</c>, <c>SubscribeWindowMinutes</c>).
/// Kept in this process's memory: each web server counts its own.
/// </summary>
public sealed class SubscribeLimits : IDisposable
{
    private readonly PartitionedRateLimiter<string> clients;
    private readonly PartitionedRateLimiter<string> addresses;

    public SubscribeLimits(IOptions<DigestOptions> options)
    {
        var window = TimeSpan.FromMinutes(Math.Max(1, options.Value.SubscribeWindowMinutes));
        clients = Limiter(options.Value.SubscribeMailsPerClient, window);
        addresses = Limiter(options.Value.SubscribeMailsPerAddress, window);
    }

    /// <summary>Takes one mail from both allowances; null when it may go, else how long until it may.</summary>
    public TimeSpan? Refusal(string client, string addressKey)
    {
        foreach (var (limiter, key) in new[] { (clients, client), (addresses, addressKey) })
        {
            using var lease = limiter.AttemptAcquire(key);
            if (!lease.IsAcquired)
            {
                return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
            }
        }

        return null;
    }

    public void Dispose()
    {
        clients.Dispose();
        addresses.Dispose();
    }

    private static PartitionedRateLimiter<string> Limiter(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits),
            Window = window,
            QueueLimit = 0,
        }));
}
