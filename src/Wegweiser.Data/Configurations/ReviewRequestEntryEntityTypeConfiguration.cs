using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wegweiser.Data.ReviewRounds;

namespace Wegweiser.Data.Configurations;

internal sealed class ReviewRequestEntryEntityTypeConfiguration : IEntityTypeConfiguration<ReviewRequestEntry>
{
    public void Configure(EntityTypeBuilder<ReviewRequestEntry> builder)
    {
        builder.Property(x => x.ItemKey).HasMaxLength(200);
        builder.HasIndex(x => new { x.RequestId, x.ItemKey }).IsUnique();
    }
}
