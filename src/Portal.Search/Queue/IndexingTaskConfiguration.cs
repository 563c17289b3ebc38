using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Search.Queue;

public sealed class IndexingTaskConfiguration : IEntityTypeConfiguration<IndexingTask>
{
    public void Configure(EntityTypeBuilder<IndexingTask> builder)
    {
        builder.ToTable("SearchIndexingTasks");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedOnAdd();
        builder.Property(x => x.ContentId).HasMaxLength(100);
        builder.Property(x => x.Culture).HasMaxLength(8);
        builder.HasIndex(x => x.CreatedUtc);
    }
}
