using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wegweiser.Core.Content;

namespace Wegweiser.Data.Configurations;

internal sealed class ContentVersionEntityTypeConfiguration : IEntityTypeConfiguration<ContentVersion>
{
    public void Configure(EntityTypeBuilder<ContentVersion> builder)
    {
        builder.HasKey(v => v.Id);
        builder.HasIndex(v => new { v.ItemId, v.Number }).IsUnique();
        builder.HasIndex(v => v.IsPublished);
        builder.Property(v => v.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.Author).HasMaxLength(256);
        builder.Property(v => v.Data).AsJson();
        builder.HasMany(v => v.Translations).WithOne().HasForeignKey(t => t.VersionId).OnDelete(DeleteBehavior.Cascade);
    }
}
