using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wegweiser.Data.Registrations;

namespace Wegweiser.Data.Configurations;

internal sealed class RegistrationEntityTypeConfiguration : IEntityTypeConfiguration<Registration>
{
    public void Configure(EntityTypeBuilder<Registration> builder)
    {
        builder.Property(r => r.Type).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.Culture).HasMaxLength(10);
        builder.Property(r => r.Title).HasMaxLength(RegistrationLimits.Title);
        builder.Property(r => r.ContactName).HasMaxLength(RegistrationLimits.ContactName);
        builder.Property(r => r.ContactEmail).HasMaxLength(RegistrationLimits.ContactEmail);
        builder.Property(r => r.TokenHash).HasMaxLength(64);
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.DecidedBy).HasMaxLength(256);
        builder.Property(r => r.Comment).HasMaxLength(RegistrationLimits.Comment);
        builder.HasIndex(r => r.TokenHash).IsUnique();
        builder.HasIndex(r => new { r.State, r.CreatedUtc });
    }
}
