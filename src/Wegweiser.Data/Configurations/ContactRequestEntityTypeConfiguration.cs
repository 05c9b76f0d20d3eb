using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wegweiser.Data.Configurations;

internal sealed class ContactRequestEntityTypeConfiguration : IEntityTypeConfiguration<ContactRequest>
{
    public void Configure(EntityTypeBuilder<ContactRequest> builder)
    {
        builder.Property(r => r.Name).HasMaxLength(ContactRequestLimits.Name);
        builder.Property(r => r.Reach).HasMaxLength(ContactRequestLimits.Reach);
        builder.Property(r => r.Message).HasMaxLength(ContactRequestLimits.Message);
        builder.Property(r => r.Culture).HasMaxLength(10);
        builder.HasIndex(r => r.CreatedUtc);
        builder.HasIndex(r => r.ItemId);
    }
}
