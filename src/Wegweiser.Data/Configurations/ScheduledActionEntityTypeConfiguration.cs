using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wegweiser.Data.Configurations;

internal sealed class ScheduledActionEntityTypeConfiguration : IEntityTypeConfiguration<ScheduledAction>
{
    public void Configure(EntityTypeBuilder<ScheduledAction> builder)
    {
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.CreatedBy).HasMaxLength(256);
        builder.Property(a => a.Outcome).HasMaxLength(200);
        builder.Property(a => a.VersionStamp).HasMaxLength(64);
        builder.HasIndex(a => new { a.DoneUtc, a.DueUtc });
        builder.HasIndex(a => a.ItemId);
    }
}
