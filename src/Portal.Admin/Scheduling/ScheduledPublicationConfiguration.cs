using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Content.Model;

namespace Portal.Admin.Scheduling;

public sealed class ScheduledPublicationConfiguration : IEntityTypeConfiguration<ScheduledPublication>
{
    public void Configure(EntityTypeBuilder<ScheduledPublication> builder)
    {
        builder.ToTable("ScheduledPublications");
        builder.Property(x => x.ContentId).HasMaxLength(100);
        builder.Property(x => x.Culture).HasMaxLength(8);
        builder.Property(x => x.ScheduledBy).HasMaxLength(450);
        builder.HasOne<ContentItem>().WithMany().HasForeignKey(x => new { x.ContentId, x.Culture }).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(x => new { x.DoneUtc, x.DueUtc });
    }
}
