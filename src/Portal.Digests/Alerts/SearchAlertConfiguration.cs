using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Content.Users;

namespace Portal.Digests.Alerts;

public sealed class SearchAlertConfiguration : IEntityTypeConfiguration<SearchAlert>
{
    public void Configure(EntityTypeBuilder<SearchAlert> builder)
    {
        builder.ToTable("SearchAlerts");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Query).HasMaxLength(SearchAlert.QueryLength);
        builder.Property(x => x.Type).HasMaxLength(20);
        builder.Property(x => x.Cluster).HasMaxLength(100);
        builder.Property(x => x.Country).HasMaxLength(2);
        builder.Property(x => x.Hazard).HasMaxLength(100);
        builder.Property(x => x.Culture).HasMaxLength(8);
        builder.Ignore(x => x.Title);
        builder.HasIndex(x => x.UserId);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
