using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Content.Publishing;
using Portal.Digests.Subscriptions;
using Portal.IntegrationTests.Fixtures;

namespace Portal.IntegrationTests.Admin;

/// <summary>What the sweep's digest rows act on: a published cluster with one news item in it, and a new subscription to it for each case.</summary>
public static class DigestSamples
{
    public const string Cluster = "sweep-cluster";

    public static async Task<Guid> SubscriptionAsync(PortalApp app, SubscriptionStatus status = SubscriptionStatus.Active)
    {
        await ClusterAsync(app);
        return await app.QueryAsync(async db =>
        {
            var subscription = New($"member-{Guid.NewGuid():N}@example.org", status);
            db.Add(subscription);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return subscription.Id;
        });
    }

    /// <summary>Gives every account an active subscription of its own address, so that each signed-in session has one to end.</summary>
    public static async Task SubscribeEveryAccountAsync(PortalApp app)
    {
        await ClusterAsync(app);
        await app.QueryAsync(async db =>
        {
            var cancellationToken = TestContext.Current.CancellationToken;
            var addresses = await db.Users.Where(u => u.Email != null).Select(u => u.Email!).ToListAsync(cancellationToken);
            var subscriptions = await db.Set<Subscription>().ToListAsync(cancellationToken);
            foreach (var address in addresses)
            {
                var key = Portal.Digests.Members.EmailAddresses.Key(address);
                if (subscriptions.FirstOrDefault(s => s.EmailKey == key) is { } existing)
                {
                    existing.Status = SubscriptionStatus.Active;
                }
                else
                {
                    db.Add(New(address, SubscriptionStatus.Active));
                }
            }

            return await db.SaveChangesAsync(cancellationToken);
        });
    }

    private static Subscription New(string email, SubscriptionStatus status)
    {
        var now = DateTime.UtcNow;
        var subscription = new Subscription
        {
            Id = Guid.CreateVersion7(),
            Email = email,
            Culture = "en",
            Status = status,
            ConfirmStamp = "sweep",
            CreatedUtc = now.AddDays(-2),
            ModifiedUtc = now,
            ConfirmedUtc = now.AddDays(-2),
            FailureCount = status == SubscriptionStatus.Suspended ? 3 : 0,
        };
        subscription.SetClusters([Cluster]);
        return subscription;
    }

    private static async Task ClusterAsync(PortalApp app)
    {
        using var scope = app.Services.CreateScope();
        var operations = scope.ServiceProvider.GetRequiredService<ContentOperations>();
        if (await operations.Db.ContentItems.AnyAsync(i => i.ContentId == Cluster, TestContext.Current.CancellationToken))
        {
            return;
        }

        Publish(operations, Cluster, "Cluster", $$"""{"type":"Cluster","id":"{{Cluster}}","title":"Sweep cluster"}""");
        Publish(operations, "sweep-cluster-news", "News", $$"""{"type":"News","id":"sweep-cluster-news","title":"Sweep cluster news","clusters":["{{Cluster}}"]}""");
        await operations.SaveAsync(TestContext.Current.CancellationToken);
    }

    private static void Publish(ContentOperations operations, string id, string type, string fieldsJson)
    {
        var item = operations.Create(id, "en", type, ownerId: null, new ContentDraft(id, id, null, "Body.", fieldsJson, null));
        operations.Publish(item, item.Versions[0]);
    }
}
