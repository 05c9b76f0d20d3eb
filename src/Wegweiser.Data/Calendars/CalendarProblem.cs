namespace Wegweiser.Data.Calendars;

/// <summary>One event of a calendar that could not be read: where it starts in the file, its UID if known, and why (German).</summary>
public sealed class CalendarProblem
{
    public int Line { get; set; }

    public string? Uid { get; set; }

    public string Reason { get; set; } = "";
}
