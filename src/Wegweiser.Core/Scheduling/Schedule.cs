namespace Wegweiser.Core.Scheduling;

/// <summary>
/// Opening or consultation hours: weekly hours, monthly rules and exceptions. Times are local
/// to the site's time zone (Europe/Berlin); instants are converted with the zone given.
/// </summary>
public sealed class Schedule
{
    /// <summary>How far ahead <see cref="NextOpening"/> looks before it gives up.</summary>
    private const int SearchDays = 400;

    public List<WeeklyOpening> Weekly { get; set; } = [];

    public List<MonthlyRule> Monthly { get; set; } = [];

    public List<ScheduleException> Exceptions { get; set; } = [];

    public bool IsEmpty => Weekly.Count == 0 && Monthly.Count == 0;

    /// <summary>The openings on a local date, in time order; an exception replaces the rules.</summary>
    public IReadOnlyList<OpeningInterval> OpeningsOn(DateOnly date)
    {
        var exception = Exceptions.FirstOrDefault(e => e.Date == date);
        if (exception is not null)
        {
            return exception.Closed || exception.From is null || exception.To is null
                ? []
                : [new OpeningInterval(date, exception.From.Value, exception.To.Value)];
        }

        return Weekly.Where(w => w.Days.Contains(date.DayOfWeek))
            .Select(w => new OpeningInterval(date, w.From, w.To))
            .Concat(Monthly.Where(m => m.Matches(date)).Select(m => new OpeningInterval(date, m.From, m.To)))
            .OrderBy(o => o.From)
            .ToList();
    }

    /// <summary>Whether the place is open at the instant <paramref name="now"/>.</summary>
    public bool IsOpenAt(DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var date = DateOnly.FromDateTime(local.DateTime);
        var time = TimeOnly.FromDateTime(local.DateTime);
        return OpeningsOn(date).Any(o => o.From <= time && time < o.To);
    }

    /// <summary>
    /// The next opening that starts after <paramref name="now"/>, or null if there is none within
    /// about a year. The start is returned as an instant, correct across daylight-saving changes.
    /// </summary>
    public DateTimeOffset? NextOpening(DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var today = DateOnly.FromDateTime(local.DateTime);
        for (var i = 0; i < SearchDays; i++)
        {
            foreach (var opening in OpeningsOn(today.AddDays(i)))
            {
                var start = ToInstant(opening.Date, opening.From, zone);
                if (start > now)
                {
                    return start;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Converts a local date and time to an instant. A time that does not exist (the hour skipped
    /// when clocks go forward) moves to the first valid time after it.
    /// </summary>
    public static DateTimeOffset ToInstant(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
