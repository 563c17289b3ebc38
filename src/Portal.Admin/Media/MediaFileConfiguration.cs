using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Admin.Media;

public sealed class MediaFileConfiguration : IEntityTypeConfiguration<MediaFile>
{
    public void Configure(EntityTypeBuilder<MediaFile> builder)
    {
        builder.ToTable("MediaFiles");
        builder.Property(x => x.StoredName).HasMaxLength(200);
        builder.Property(x => x.FileName).HasMaxLength(200);
        builder.Property(x => x.ContentType).HasMaxLength(100);
        builder.Property(x => x.Sha256).HasMaxLength(64);
        builder.Property(x => x.AltText).HasMaxLength(500);
        builder.Property(x => x.UploadedBy).HasMaxLength(450);
        builder.HasIndex(x => x.StoredName).IsUnique();
        builder.HasIndex(x => x.UploadedUtc);
    }
}
