using Wegweiser.Core.Scheduling;

namespace Wegweiser.Core.Tests.Scheduling;

public class ScheduleTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Theory]
    [InlineData(1, DayOfWeek.Tuesday, "2026-12-01", true)]
    [InlineData(1, DayOfWeek.Tuesday, "2026-12-08", false)]
    [InlineData(1, DayOfWeek.Tuesday, "2026-11-03", true)]
    [InlineData(2, DayOfWeek.Tuesday, "2026-11-10", true)]
    [InlineData(4, DayOfWeek.Thursday, "2026-11-26", true)]
    [InlineData(-1, DayOfWeek.Thursday, "2026-11-26", true)]
    [InlineData(-1, DayOfWeek.Thursday, "2026-11-19", false)]
    [InlineData(-1, DayOfWeek.Tuesday, "2026-03-31", true)]
    [InlineData(1, DayOfWeek.Tuesday, "2026-12-02", false)]
    public void Monthly_rules_match_the_named_weekday(int ordinal, DayOfWeek day, string date, bool expected)
    {
        var rule = new MonthlyRule { Ordinal = ordinal, Day = day };

        Assert.Equal(expected, rule.Matches(DateOnly.Parse(date)));
    }

    [Theory]
    [InlineData("2026-11-25", "2026-12-01")]
    [InlineData("2026-12-01", "2026-12-01")]
    [InlineData("2026-12-02", "2027-01-05")]
    [InlineData("2027-01-06", "2027-02-02")]
    public void First_Tuesday_next_date_crosses_month_and_year(string from, string expected)
    {
        var rule = new MonthlyRule { Ordinal = 1, Day = DayOfWeek.Tuesday };

        Assert.Equal(DateOnly.Parse(expected), rule.NextDate(DateOnly.Parse(from)));
    }

    [Fact]
    public void Open_during_weekly_hours_and_closed_outside()
    {
        var schedule = Weekly(DayOfWeek.Monday, DayOfWeek.Thursday);

        Assert.True(schedule.IsOpenAt(Berlin_("2026-11-26 10:30"), Berlin));   // Thursday
        Assert.False(schedule.IsOpenAt(Berlin_("2026-11-26 12:00"), Berlin));  // closes at 12:00
        Assert.False(schedule.IsOpenAt(Berlin_("2026-11-25 10:30"), Berlin));  // Wednesday
        Assert.True(schedule.IsOpenAt(Berlin_("2026-11-26 09:00"), Berlin));
    }

    [Fact]
    public void Next_opening_crosses_the_weekend()
    {
        var schedule = Weekly(DayOfWeek.Monday, DayOfWeek.Thursday);

        var next = schedule.NextOpening(Berlin_("2026-11-27 15:00"), Berlin);   // Friday afternoon

        Assert.Equal(Berlin_("2026-11-30 09:00"), next);
    }

    [Fact]
    public void An_exception_closes_a_day_and_another_changes_its_hours()
    {
        var schedule = Weekly(DayOfWeek.Thursday);
        schedule.Exceptions.Add(new ScheduleException { Date = new(2026, 12, 24), Closed = true });
        schedule.Exceptions.Add(new ScheduleException { Date = new(2026, 12, 31), From = new(10, 0), To = new(11, 0) });

        Assert.False(schedule.IsOpenAt(Berlin_("2026-12-24 10:00"), Berlin));
        Assert.Equal(Berlin_("2026-12-31 10:00"), schedule.NextOpening(Berlin_("2026-12-24 10:00"), Berlin));
        Assert.False(schedule.IsOpenAt(Berlin_("2026-12-31 11:30"), Berlin));
    }

    [Fact]
    public void Monthly_legal_advice_next_date_is_the_first_Tuesday()
    {
        var schedule = new Schedule();
        schedule.Monthly.Add(new MonthlyRule { Ordinal = 1, Day = DayOfWeek.Tuesday, From = new(14, 0), To = new(16, 0) });

        Assert.Equal(Berlin_("2026-12-01 14:00"), schedule.NextOpening(Berlin_("2026-11-25 08:00"), Berlin));
        Assert.True(schedule.IsOpenAt(Berlin_("2026-12-01 15:59"), Berlin));
        Assert.Equal(Berlin_("2027-01-05 14:00"), schedule.NextOpening(Berlin_("2026-12-01 14:30"), Berlin));
    }

    [Fact]
    public void Openings_keep_local_time_across_the_change_to_summer_time()
    {
        // Clocks go forward on Sunday 29 March 2026: 9:00 on Monday 30 March is 07:00 UTC, not 08:00.
        var schedule = Weekly(DayOfWeek.Monday);

        var next = schedule.NextOpening(new DateTimeOffset(2026, 3, 27, 12, 0, 0, TimeSpan.Zero), Berlin);

        Assert.Equal(new DateTimeOffset(2026, 3, 30, 7, 0, 0, TimeSpan.Zero), next!.Value.ToUniversalTime());
        Assert.True(schedule.IsOpenAt(new DateTimeOffset(2026, 3, 30, 7, 30, 0, TimeSpan.Zero), Berlin));
        Assert.False(schedule.IsOpenAt(new DateTimeOffset(2026, 3, 30, 10, 0, 0, TimeSpan.Zero), Berlin));
    }

    [Fact]
    public void Openings_keep_local_time_across_the_change_to_winter_time()
    {
        // Clocks go back on Sunday 25 October 2026: 9:00 on Monday 26 October is 08:00 UTC.
        var schedule = Weekly(DayOfWeek.Monday);

        var next = schedule.NextOpening(new DateTimeOffset(2026, 10, 23, 12, 0, 0, TimeSpan.Zero), Berlin);

        Assert.Equal(new DateTimeOffset(2026, 10, 26, 8, 0, 0, TimeSpan.Zero), next!.Value.ToUniversalTime());
    }

    [Fact]
    public void A_time_in_the_skipped_hour_moves_forward()
    {
        var instant = Schedule.ToInstant(new DateOnly(2026, 3, 29), new TimeOnly(2, 30), Berlin);

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero), instant.ToUniversalTime());
    }

    [Fact]
    public void An_empty_schedule_never_opens()
    {
        Assert.Null(new Schedule().NextOpening(Berlin_("2026-11-25 08:00"), Berlin));
    }

    private static Schedule Weekly(params DayOfWeek[] days)
    {
        var schedule = new Schedule();
        schedule.Weekly.Add(new WeeklyOpening { Days = [.. days], From = new(9, 0), To = new(12, 0) });
        return schedule;
    }

    private static DateTimeOffset Berlin_(string local)
    {
        var time = DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture);
        return new DateTimeOffset(time, Berlin.GetUtcOffset(time));
    }
}
