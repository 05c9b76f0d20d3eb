namespace Wegweiser.Data.Calendars;

/// <summary>Column lengths of the calendar tables.</summary>
public static class CalendarLimits
{
    public const int Url = 2000;

    public const int Uid = 500;

    public const int RecurrenceId = 32;

    public const int Error = 500;
}
