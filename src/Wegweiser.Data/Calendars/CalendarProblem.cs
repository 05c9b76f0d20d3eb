namespace Wegweiser.Data.Calendars;

/// <summary>
/// One event of a calendar that could not be read: where it starts in the file, its UID if known, and why (German);
/// or, with <see cref="ItemKey"/>, a date no longer in the calendar whose entry the editors should look at.
/// </summary>
public sealed class CalendarProblem
{
    public int Line { get; set; }

    public string? Uid { get; set; }

    public string Reason { get; set; } = "";

    /// <summary>
    /// For a date the partner took out of the calendar: the key of its event entry (archived, or
    /// still published and left for the editors); null for a problem of reading.
    /// </summary>
    public string? ItemKey { get; set; }
}
