using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Digests.Subscriptions;

namespace Portal.Digests.Outbox;

public sealed class DigestRecordConfiguration : IEntityTypeConfiguration<DigestRecord>
{
    public void Configure(EntityTypeBuilder<DigestRecord> builder)
    {
        builder.ToTable("DigestRecords");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedOnAdd();
        builder.Property(x => x.PeriodKey).HasMaxLength(32);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.LastError).HasMaxLength(DigestRecord.LastErrorLength);
        builder.Ignore(x => x.Items);
        builder.HasIndex(x => new { x.SubscriptionId, x.PeriodKey }).IsUnique();
        builder.HasIndex(x => x.Status);
        builder.HasOne<Subscription>().WithMany().HasForeignKey(x => x.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
    }
}
