namespace Wegweiser.Data.Calendars;

/// <summary>
/// Which event item a calendar's event (its UID, and for one occurrence of a recurring event its
/// recurrence id) became, so a refetch updates that item instead of making another.
/// </summary>
public sealed class CalendarEventLink
{
    public long Id { get; set; }

    public long SubscriptionId { get; set; }

    public required string Uid { get; set; }

    /// <summary>The occurrence's original start in UTC (<c>yyyyMMddTHHmmssZ</c>), or empty for a single event.</summary>
    public required string RecurrenceId { get; set; }

    public Guid ItemId { get; set; }

    public DateTime UpdatedUtc { get; set; }
}
