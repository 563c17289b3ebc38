using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Content.Model;

namespace Portal.Admin.Workflow;

public sealed class ContentReviewConfiguration : IEntityTypeConfiguration<ContentReview>
{
    public void Configure(EntityTypeBuilder<ContentReview> builder)
    {
        builder.ToTable("ContentReviews");
        builder.HasKey(x => new { x.ContentId, x.Culture });
        builder.Property(x => x.ContentId).HasMaxLength(100);
        builder.Property(x => x.Culture).HasMaxLength(8);
        builder.Property(x => x.State).HasConversion<string>().HasMaxLength(24);
        builder.Property(x => x.Comment).HasMaxLength(4000);
        builder.Property(x => x.SubmittedBy).HasMaxLength(450);
        builder.Property(x => x.ReviewedBy).HasMaxLength(450);
        builder.HasOne<ContentItem>().WithMany().HasForeignKey(x => new { x.ContentId, x.Culture }).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(x => x.State);
    }
}
