using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Digests.Reporting;

public sealed class DigestPassRunConfiguration : IEntityTypeConfiguration<DigestPassRun>
{
    public void Configure(EntityTypeBuilder<DigestPassRun> builder)
    {
        builder.ToTable("DigestPassRuns");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedOnAdd();
        builder.Property(x => x.Problems).HasMaxLength(4000);
        builder.HasIndex(x => x.StartedUtc);
    }
}
