using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Search.Queue;

public sealed class IndexingReaderConfiguration : IEntityTypeConfiguration<IndexingReader>
{
    public void Configure(EntityTypeBuilder<IndexingReader> builder)
    {
        builder.ToTable("SearchIndexReaders");
        builder.HasKey(x => x.Node);
        builder.Property(x => x.Node).HasMaxLength(32);
    }
}
