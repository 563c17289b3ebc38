using Microsoft.EntityFrameworkCore;
using Portal.Content.Storage;

namespace Portal.Web.Storage;

/// <summary>The portal's database on SQLite; owns the SQLite migrations.</summary>
public sealed class SqlitePortalDbContext(DbContextOptions<SqlitePortalDbContext> options) : PortalDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        FeatureModel.Configure(builder);
    }
}
