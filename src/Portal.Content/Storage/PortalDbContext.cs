using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Portal.Content.Model;
using Portal.Content.Users;

namespace Portal.Content.Storage;

/// <summary>
/// The portal's one database. Each provider has a subclass in the host that owns its migrations
/// and adds the entity configurations of the feature projects.
/// </summary>
public class PortalDbContext(DbContextOptions options) : IdentityDbContext<PortalUser>(options)
{
    public DbSet<ContentItem> ContentItems => Set<ContentItem>();
    public DbSet<ContentVersion> ContentVersions => Set<ContentVersion>();
    public DbSet<ContentTerm> ContentTerms => Set<ContentTerm>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<ContentStatus>().HaveConversion<string>().HaveMaxLength(16);
    }
}
