using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wegweiser.Data.Configurations;

internal sealed class MistakeReportEntityTypeConfiguration : IEntityTypeConfiguration<MistakeReport>
{
    public void Configure(EntityTypeBuilder<MistakeReport> builder)
    {
        builder.ToTable("Suggestions"); // the table keeps its first name
        builder.Property(r => r.Message).HasMaxLength(ContactRequestLimits.Message);
        builder.Property(r => r.Reach).HasMaxLength(ContactRequestLimits.Reach);
        builder.Property(r => r.Culture).HasMaxLength(10);
        builder.Property(r => r.DecidedBy).HasMaxLength(256);
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(r => new { r.State, r.CreatedUtc });
    }
}
