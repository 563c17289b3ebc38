using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Content.Model;

namespace Portal.Content.Storage;

public sealed class FirstImportConfiguration : IEntityTypeConfiguration<FirstImport>
{
    public void Configure(EntityTypeBuilder<FirstImport> builder)
    {
        builder.ToTable("FirstImport");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
    }
}
