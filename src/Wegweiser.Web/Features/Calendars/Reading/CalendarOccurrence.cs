namespace Wegweiser.Web.Features.Calendars.Reading;

/// <summary>
/// One date of a calendar's event, as an event entry takes it: times on the site's clock
/// (Europe/Berlin), an all-day event from midnight, and what identifies it across fetches
/// (<see cref="Uid"/> and, for one date of a recurring event, <see cref="RecurrenceId"/>).
/// </summary>
public sealed record CalendarOccurrence(
    string Uid,
    string RecurrenceId,
    int Line,
    string Title,
    string? Description,
    string? Location,
    string? Url,
    DateTime Starts,
    DateTime? Ends,
    bool AllDay);
