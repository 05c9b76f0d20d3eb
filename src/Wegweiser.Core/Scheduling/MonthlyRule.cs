namespace Wegweiser.Core.Scheduling;

/// <summary>Hours on one weekday of each month, such as "first Tuesday, 14–16".</summary>
public sealed class MonthlyRule
{
    /// <summary>1–4 for the first to fourth such weekday of the month, -1 for the last.</summary>
    public int Ordinal { get; set; }

    public DayOfWeek Day { get; set; }

    public TimeOnly From { get; set; }

    public TimeOnly To { get; set; }

    /// <summary>Whether <paramref name="date"/> is the day this rule names in its month.</summary>
    public bool Matches(DateOnly date)
    {
        if (date.DayOfWeek != Day)
        {
            return false;
        }

        return Ordinal == -1
            ? date.AddDays(7).Month != date.Month
            : ((date.Day - 1) / 7) + 1 == Ordinal;
    }

    /// <summary>The first date on or after <paramref name="from"/> that this rule names.</summary>
    public DateOnly NextDate(DateOnly from)
    {
        var date = from;
        while (!Matches(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }
}
