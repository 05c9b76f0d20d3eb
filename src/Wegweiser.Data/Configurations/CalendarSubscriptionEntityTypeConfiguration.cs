using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wegweiser.Data.Calendars;

namespace Wegweiser.Data.Configurations;

internal sealed class CalendarSubscriptionEntityTypeConfiguration : IEntityTypeConfiguration<CalendarSubscription>
{
    public void Configure(EntityTypeBuilder<CalendarSubscription> builder)
    {
        builder.Property(s => s.OrganisationKey).HasMaxLength(120);
        builder.Property(s => s.Url).HasMaxLength(CalendarLimits.Url);
        builder.Property(s => s.CreatedBy).HasMaxLength(256);
        builder.Property(s => s.LastError).HasMaxLength(CalendarLimits.Error);
        builder.Property(s => s.Problems)
            .HasConversion(
                v => System.Text.Json.JsonSerializer.Serialize(v, JsonColumn.Options),
                v => System.Text.Json.JsonSerializer.Deserialize<List<CalendarProblem>>(v, JsonColumn.Options) ?? new List<CalendarProblem>(),
                new Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<List<CalendarProblem>>(
                    (a, b) => System.Text.Json.JsonSerializer.Serialize(a, JsonColumn.Options) == System.Text.Json.JsonSerializer.Serialize(b, JsonColumn.Options),
                    v => System.Text.Json.JsonSerializer.Serialize(v, JsonColumn.Options).GetHashCode(StringComparison.Ordinal),
                    v => System.Text.Json.JsonSerializer.Deserialize<List<CalendarProblem>>(System.Text.Json.JsonSerializer.Serialize(v, JsonColumn.Options), JsonColumn.Options)!));
        builder.HasIndex(s => s.OrganisationKey);
    }
}
