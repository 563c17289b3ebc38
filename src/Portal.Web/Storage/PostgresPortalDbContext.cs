using Microsoft.EntityFrameworkCore;
using Portal.Content.Storage;

namespace Portal.Web.Storage;

/// <summary>The portal's database on PostgreSQL; owns the PostgreSQL migrations.</summary>
public sealed class PostgresPortalDbContext(DbContextOptions<PostgresPortalDbContext> options) : PortalDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        FeatureModel.Configure(builder);
    }
}
