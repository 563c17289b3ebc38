using Microsoft.EntityFrameworkCore;
using Portal.Digests.Subscriptions;
using Portal.Web.Storage;

namespace Portal.Benchmarks.Digests;

/// <summary>
/// Confirmed daily subscriptions written straight into the SQLite database through the portal's
/// own model: one to three clusters each, half in English, a quarter each in Chinese and Arabic.
/// </summary>
public static class DigestSubscribers
{
    private static readonly string[] Cultures = ["en", "en", "zh", "ar"];

    public static async Task AddAsync(string database, IReadOnlyList<string> clusters, int count, DateTime confirmedUtc, int seed, CancellationToken cancellationToken)
    {
        var options = new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite($"Data Source={database}").Options;
        await using var db = new SqlitePortalDbContext(options);
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var subscription = new Subscription
            {
                Id = Guid.CreateVersion7(),
                Email = $"Member.{i:D5}@example.org",
                Culture = Cultures[random.Next(Cultures.Length)],
                Frequency = DigestFrequency.Daily,
                Status = SubscriptionStatus.Active,
                ConfirmStamp = Convert.ToHexString(Guid.NewGuid().ToByteArray()),
                CreatedUtc = confirmedUtc,
                ModifiedUtc = confirmedUtc,
                ConfirmedUtc = confirmedUtc,
            };
            subscription.SetClusters(clusters.OrderBy(_ => random.Next()).Take(random.Next(1, 4)));
            db.Add(subscription);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
