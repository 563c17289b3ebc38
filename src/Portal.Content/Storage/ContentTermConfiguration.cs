using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Content.Model;

namespace Portal.Content.Storage;

public sealed class ContentTermConfiguration : IEntityTypeConfiguration<ContentTerm>
{
    public void Configure(EntityTypeBuilder<ContentTerm> builder)
    {
        builder.ToTable("ContentTerms");
        builder.HasKey(x => new { x.ContentId, x.Culture, x.Kind, x.Value });
        builder.Property(x => x.ContentId).HasMaxLength(100);
        builder.Property(x => x.Culture).HasMaxLength(8);
        builder.Property(x => x.Kind).HasMaxLength(20);
        builder.Property(x => x.Value).HasMaxLength(200);
        builder.HasIndex(x => new { x.Kind, x.Value });
    }
}
