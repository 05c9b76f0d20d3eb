using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wegweiser.Core.Content;

namespace Wegweiser.Data.Configurations;

internal sealed class ContentTranslationEntityTypeConfiguration : IEntityTypeConfiguration<ContentTranslation>
{
    public void Configure(EntityTypeBuilder<ContentTranslation> builder)
    {
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Culture).HasMaxLength(10);
        builder.Property(t => t.Slug).HasMaxLength(120);
        builder.Property(t => t.Title).HasMaxLength(300);
        builder.Property(t => t.Fields).AsJson();
        builder.HasIndex(t => new { t.VersionId, t.Culture }).IsUnique();
        builder.HasIndex(t => new { t.Culture, t.Slug });
    }
}
