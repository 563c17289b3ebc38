using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Admin.Audit;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.Property(x => x.Action).HasMaxLength(64);
        builder.Property(x => x.UserId).HasMaxLength(450);
        builder.Property(x => x.UserName).HasMaxLength(256);
        builder.Property(x => x.Target).HasMaxLength(512);
        builder.Property(x => x.Detail).HasMaxLength(4000);
        builder.Property(x => x.Address).HasMaxLength(64);
        builder.HasIndex(x => x.AtUtc);
        builder.HasIndex(x => x.Target);
    }
}
