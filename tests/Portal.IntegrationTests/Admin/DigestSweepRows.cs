using Microsoft.EntityFrameworkCore;
using Portal.Admin.Audit;
using Portal.Digests.Subscriptions;
using Portal.IntegrationTests.Fixtures;
using Request = Portal.IntegrationTests.Admin.AdminRouteSweepTests.Request;
using Route = Portal.IntegrationTests.Admin.AdminRouteSweepTests.Route;

namespace Portal.IntegrationTests.Admin;

/// <summary>The digest admin's and the member's subscription page's rows of <see cref="AdminRouteSweepTests"/>.</summary>
public static class DigestSweepRows
{
    private const int Found = 302, Ok = 200, Unauthorized = 401, Forbidden = 403;

    // Statuses per role:                       browser, script, Member, Contributor, Editor, Administrator
    private static readonly int[] Editing = [Found, Unauthorized, Forbidden, Forbidden, Ok, Ok];
    private static readonly int[] EditingPost = [Unauthorized, Unauthorized, Forbidden, Forbidden, Found, Found];
    private static readonly int[] SignedIn = [Found, Unauthorized, Ok, Ok, Ok, Ok];
    private static readonly int[] SignedInPost = [Unauthorized, Unauthorized, Found, Found, Found, Found];

    public static readonly Route[] Rows =
    [
        Route.Get("/admin/digests", Editing),
        new("POST", "/admin/digests", "reactivate", EditingPost,
            async app => new Request("/admin/digests?handler=reactivate", [new("Subscription", (await DigestSamples.SubscriptionAsync(app, SubscriptionStatus.Suspended)).ToString())]),
            SnapshotAsync),
        Route.Get("/admin/digests/preview", Editing, prepare: async app => new Request($"/admin/digests/preview?id={await DigestSamples.SubscriptionAsync(app)}", [])),
        new("GET", "/admin/digests/preview", "html", Editing,
            async app => new Request($"/admin/digests/preview?handler=html&id={await DigestSamples.SubscriptionAsync(app)}", []), null),
        new("POST", "/admin/digests/preview", "test", EditingPost,
            async app => new Request("/admin/digests/preview?handler=test", [new("Id", (await DigestSamples.SubscriptionAsync(app)).ToString())]),
            SnapshotAsync),
        Route.Get("/account/subscriptions", SignedIn),
        new("POST", "/account/subscriptions", "save", SignedInPost,
            async app =>
            {
                await DigestSamples.SubscriptionAsync(app);
                return new Request("/account/subscriptions?handler=save", [new("clusters", DigestSamples.Cluster), new("frequency", "weekly"), new("culture", "en")]);
            },
            SnapshotAsync),
        new("POST", "/account/subscriptions", "unsubscribe", SignedInPost,
            async app =>
            {
                await DigestSamples.SubscribeEveryAccountAsync(app);
                return new Request("/account/subscriptions?handler=unsubscribe", []);
            },
            SnapshotAsync),
    ];

    /// <summary>What a digest action changes: subscriptions and their states, and the audit log's digest and subscription entries.</summary>
    private static Task<string> SnapshotAsync(PortalApp app) =>
        app.QueryAsync(async db => string.Join('/',
            await db.Set<Subscription>().CountAsync(),
            await db.Set<Subscription>().CountAsync(s => s.Status == SubscriptionStatus.Active),
            await db.Set<AuditEntry>().CountAsync(e => e.Action.StartsWith("digest.") || e.Action.StartsWith("subscription."))));
}
