using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wegweiser.Data.Configurations;

internal sealed class EntryClaimEntityTypeConfiguration : IEntityTypeConfiguration<EntryClaim>
{
    public void Configure(EntityTypeBuilder<EntryClaim> builder)
    {
        builder.ToTable("EntryClaims");
        builder.Property(c => c.OrganisationKey).HasMaxLength(200);
        builder.Property(c => c.Name).HasMaxLength(EntryClaimLimits.Name);
        builder.Property(c => c.Email).HasMaxLength(EntryClaimLimits.Email);
        builder.Property(c => c.Role).HasMaxLength(EntryClaimLimits.Role);
        builder.Property(c => c.Message).HasMaxLength(EntryClaimLimits.Message);
        builder.Property(c => c.Reason).HasMaxLength(EntryClaimLimits.Reason);
        builder.Property(c => c.Culture).HasMaxLength(10);
        builder.Property(c => c.TokenHash).HasMaxLength(64);
        builder.Property(c => c.DecidedBy).HasMaxLength(256);
        builder.Property(c => c.State).HasConversion<string>().HasMaxLength(30);
        builder.HasIndex(c => c.TokenHash).IsUnique();
        builder.HasIndex(c => new { c.State, c.CreatedUtc });
        builder.HasIndex(c => c.ItemId);
    }
}
