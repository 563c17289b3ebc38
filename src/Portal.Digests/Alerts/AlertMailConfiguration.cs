using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Digests.Outbox;

namespace Portal.Digests.Alerts;

public sealed class AlertMailConfiguration : IEntityTypeConfiguration<AlertMail>
{
    public void Configure(EntityTypeBuilder<AlertMail> builder)
    {
        builder.ToTable("SearchAlertMails");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedOnAdd();
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.LastError).HasMaxLength(DigestRecord.LastErrorLength);
        builder.HasIndex(x => x.Status);
        builder.HasOne<SearchAlert>().WithMany().HasForeignKey(x => x.AlertId).OnDelete(DeleteBehavior.Cascade);
    }
}
