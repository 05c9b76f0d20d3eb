using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wegweiser.Data.Calendars;

namespace Wegweiser.Data.Configurations;

internal sealed class CalendarEventLinkEntityTypeConfiguration : IEntityTypeConfiguration<CalendarEventLink>
{
    public void Configure(EntityTypeBuilder<CalendarEventLink> builder)
    {
        builder.Property(l => l.Uid).HasMaxLength(CalendarLimits.Uid);
        builder.Property(l => l.RecurrenceId).HasMaxLength(CalendarLimits.RecurrenceId);
        builder.HasIndex(l => new { l.SubscriptionId, l.Uid, l.RecurrenceId }).IsUnique();
        builder.HasIndex(l => l.ItemId);
        builder.HasOne<CalendarSubscription>().WithMany().HasForeignKey(l => l.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
    }
}
