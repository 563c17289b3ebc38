using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Digests.Alerts;

public sealed class AlertMatchConfiguration : IEntityTypeConfiguration<AlertMatch>
{
    public void Configure(EntityTypeBuilder<AlertMatch> builder)
    {
        builder.ToTable("SearchAlertMatches");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedOnAdd();
        builder.Property(x => x.ContentId).HasMaxLength(100);
        builder.HasIndex(x => new { x.AlertId, x.ContentId }).IsUnique();
        builder.HasIndex(x => x.DigestRecordId);
        builder.HasIndex(x => x.AlertMailId);
        builder.HasOne<SearchAlert>().WithMany().HasForeignKey(x => x.AlertId).OnDelete(DeleteBehavior.Cascade);
    }
}
