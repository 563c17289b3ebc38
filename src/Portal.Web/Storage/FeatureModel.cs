using Microsoft.EntityFrameworkCore;
using Portal.Admin.Audit;
using Portal.Digests.Subscriptions;
using Portal.Search.Queue;

namespace Portal.Web.Storage;

/// <summary>The entities that feature projects keep in the portal's database, for both providers' contexts.</summary>
public static class FeatureModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.ApplyConfigurationsFromAssembly(typeof(IndexingTask).Assembly);
        builder.ApplyConfigurationsFromAssembly(typeof(Subscription).Assembly);
        builder.ApplyConfigurationsFromAssembly(typeof(AuditEntry).Assembly);
    }
}
