using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wegweiser.Data.Configurations;

internal sealed class AuditEntryEntityTypeConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.Action).HasMaxLength(60);
        builder.Property(a => a.UserName).HasMaxLength(256);
        builder.Property(a => a.Comment).HasMaxLength(AuditEntryLimits.Comment);
        builder.HasIndex(a => a.ItemId);
    }
}
