using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wegweiser.Data.ReviewRounds;

namespace Wegweiser.Data.Configurations;

internal sealed class ReviewRequestEntityTypeConfiguration : IEntityTypeConfiguration<ReviewRequest>
{
    public void Configure(EntityTypeBuilder<ReviewRequest> builder)
    {
        builder.Property(r => r.Email).HasMaxLength(256);
        builder.Property(r => r.OrganisationKey).HasMaxLength(200);
        builder.Property(r => r.Culture).HasMaxLength(10);
        builder.HasIndex(r => r.RoundId);
        builder.HasMany(r => r.Entries).WithOne().HasForeignKey(x => x.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}
