using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wegweiser.Data.ReviewRounds;

namespace Wegweiser.Data.Configurations;

internal sealed class ReviewRoundEntityTypeConfiguration : IEntityTypeConfiguration<ReviewRound>
{
    public void Configure(EntityTypeBuilder<ReviewRound> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(200);
        builder.Property(r => r.CreatedBy).HasMaxLength(256);
        builder.Property(r => r.LinkBaseUrl).HasMaxLength(300);
        builder.HasMany(r => r.Requests).WithOne(r => r.Round).HasForeignKey(r => r.RoundId).OnDelete(DeleteBehavior.Cascade);
    }
}
