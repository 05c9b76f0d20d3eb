using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wegweiser.Data.Configurations;

internal sealed class AppliedRecipeEntityTypeConfiguration : IEntityTypeConfiguration<AppliedRecipe>
{
    public void Configure(EntityTypeBuilder<AppliedRecipe> builder)
    {
        builder.HasKey(r => r.Name);
        builder.Property(r => r.Name).HasMaxLength(120);
        builder.Property(r => r.Hash).HasMaxLength(64);
    }
}
