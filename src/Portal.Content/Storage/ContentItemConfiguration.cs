using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Content.Model;

namespace Portal.Content.Storage;

public sealed class ContentItemConfiguration : IEntityTypeConfiguration<ContentItem>
{
    public void Configure(EntityTypeBuilder<ContentItem> builder)
    {
        builder.ToTable("ContentItems");
        builder.HasKey(x => new { x.ContentId, x.Culture });
        builder.Property(x => x.ContentId).HasMaxLength(100);
        builder.Property(x => x.Culture).HasMaxLength(8);
        builder.Property(x => x.Type).HasMaxLength(20);
        builder.Property(x => x.Slug).HasMaxLength(200);
        builder.Property(x => x.Title).HasMaxLength(500);
        builder.Property(x => x.OwnerId).HasMaxLength(450);
        builder.Property(x => x.SourcePath).HasMaxLength(1000);
        builder.Property(x => x.SourceHash).HasMaxLength(64);
        builder.Property(x => x.Revision).IsConcurrencyToken();
        builder.HasIndex(x => new { x.Type, x.Culture, x.Slug }).IsUnique();
        builder.HasIndex(x => new { x.Status, x.Type, x.PublishedUtc });
        builder.HasIndex(x => x.SourcePath);
        // The admin's lists: newest change first, per type or of every type, and a contributor's own items.
        // The key and the columns the filters read are in the index, so that paging and counting read no row.
        builder.HasIndex(x => new { x.Type, x.ModifiedUtc, x.ContentId, x.Culture, x.Status, x.Title }).HasDatabaseName("IX_ContentItems_AdminListByType");
        builder.HasIndex(x => new { x.ModifiedUtc, x.ContentId, x.Culture, x.Status, x.Title }).HasDatabaseName("IX_ContentItems_AdminList");
        builder.HasIndex(x => new { x.OwnerId, x.ModifiedUtc });
        builder.HasMany(x => x.Versions).WithOne()
            .HasForeignKey(x => new { x.ContentId, x.Culture }).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(x => x.Terms).WithOne()
            .HasForeignKey(x => new { x.ContentId, x.Culture }).OnDelete(DeleteBehavior.Cascade);
    }
}
