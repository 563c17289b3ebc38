using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Content.Model;

namespace Portal.Content.Storage;

public sealed class ContentVersionConfiguration : IEntityTypeConfiguration<ContentVersion>
{
    public void Configure(EntityTypeBuilder<ContentVersion> builder)
    {
        builder.ToTable("ContentVersions");
        builder.HasKey(x => new { x.ContentId, x.Culture, x.Number });
        builder.Property(x => x.ContentId).HasMaxLength(100);
        builder.Property(x => x.Culture).HasMaxLength(8);
        builder.Property(x => x.Title).HasMaxLength(500);
        builder.Property(x => x.AuthorId).HasMaxLength(450);
        builder.Property(x => x.SourceHash).HasMaxLength(64);
        builder.Property(x => x.Note).HasMaxLength(1000);
    }
}
