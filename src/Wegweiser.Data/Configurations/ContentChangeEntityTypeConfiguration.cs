using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wegweiser.Data.Configurations;

internal sealed class ContentChangeEntityTypeConfiguration : IEntityTypeConfiguration<ContentChange>
{
    public void Configure(EntityTypeBuilder<ContentChange> builder)
    {
        builder.HasIndex(c => c.ChangedUtc);
        builder.Property(c => c.ItemIds).HasMaxLength(ContentChange.MaxItems * 37);
    }
}
