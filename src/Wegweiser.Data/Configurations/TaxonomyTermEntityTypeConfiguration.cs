using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wegweiser.Core.Taxonomies;

namespace Wegweiser.Data.Configurations;

internal sealed class TaxonomyTermEntityTypeConfiguration : IEntityTypeConfiguration<TaxonomyTerm>
{
    public void Configure(EntityTypeBuilder<TaxonomyTerm> builder)
    {
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Taxonomy).HasMaxLength(40);
        builder.Property(t => t.Key).HasMaxLength(120);
        builder.Property(t => t.Icon).HasMaxLength(60);
        builder.Property(t => t.Names).AsJson();
        builder.Property(t => t.MachineTranslated).AsJson();
        builder.HasIndex(t => new { t.Taxonomy, t.Key }).IsUnique();
    }
}
