using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Digests.Subscriptions;

public sealed class SubscriptionConfiguration : IEntityTypeConfiguration<Subscription>
{
    public void Configure(EntityTypeBuilder<Subscription> builder)
    {
        builder.ToTable("DigestSubscriptions");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Email).HasMaxLength(254);
        builder.Property(x => x.EmailKey).HasMaxLength(300);
        builder.HasIndex(x => x.EmailKey).IsUnique();
        builder.Property(x => x.Clusters).HasMaxLength(2000);
        builder.Property(x => x.Frequency).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.Culture).HasMaxLength(8);
        builder.Property(x => x.TimeZone).HasMaxLength(64);
        builder.Property(x => x.ConfirmStamp).HasMaxLength(32);
        builder.Ignore(x => x.ClusterIds);
        builder.HasIndex(x => x.Status);
    }
}
