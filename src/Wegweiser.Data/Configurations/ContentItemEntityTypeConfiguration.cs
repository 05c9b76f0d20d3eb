using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wegweiser.Core.Content;

namespace Wegweiser.Data.Configurations;

internal sealed class ContentItemEntityTypeConfiguration : IEntityTypeConfiguration<ContentItem>
{
    public void Configure(EntityTypeBuilder<ContentItem> builder)
    {
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Type).HasConversion<string>().HasMaxLength(40);
        builder.Property(i => i.Key).HasMaxLength(120);
        builder.HasIndex(i => i.Key).IsUnique();
        builder.HasIndex(i => i.Type);
        builder.Ignore(i => i.Latest);
        builder.Ignore(i => i.Published);
        builder.HasMany(i => i.Versions).WithOne().HasForeignKey(v => v.ItemId).OnDelete(DeleteBehavior.Cascade);
    }
}
