using Ical.Net;
using Ical.Net.DataTypes;
using Wegweiser.Core.Content;
using Wegweiser.Core.Scheduling;
using Wegweiser.Data.Stores;
using Wegweiser.Web.Features.Directory;
using Wegweiser.Web.Features.TakeAlong;

namespace Wegweiser.Web.Tests.Features.TakeAlong;

/// <summary>The calendar of courses whose data is incomplete or irregular, without a site.</summary>
public class EntryCalendarTests
{
    private static readonly Uri Page = new("https://wegweiser.example/de/kurse/testkurs");

    [Fact]
    public void A_course_without_meeting_days_is_one_all_day_span_from_start_to_end()
    {
        var detail = Course(new CourseData { Starts = new DateOnly(2027, 3, 1), Ends = new DateOnly(2027, 3, 12) });

        var ev = Calendar.Load(EntryCalendar.Write(detail, Page, "wegweiser.example", "Europe/Berlin"))!.Events.Single();

        Assert.False(ev.DtStart!.HasTime);
        Assert.Equal(new DateOnly(2027, 3, 1), ev.DtStart.Date);
        // DTEND of an all-day event is exclusive: the day after the last day.
        Assert.Equal(new DateOnly(2027, 3, 13), ev.DtEnd!.Date);
        Assert.Null(ev.RecurrenceRule);
        Assert.Equal("Testkurs", ev.Summary);
        Assert.Equal(Page, ev.Url);
    }

    [Fact]
    public void Days_without_hours_meet_all_day_and_closing_days_are_left_out()
    {
        var detail = Course(
            new CourseData
            {
                Starts = new DateOnly(2027, 3, 1),
                Ends = new DateOnly(2027, 3, 31),
                Days = [DayOfWeek.Wednesday, DayOfWeek.Monday, DayOfWeek.Friday],
            },
            new Schedule
            {
                Weekly = [new WeeklyOpening { Days = [DayOfWeek.Monday, DayOfWeek.Wednesday], From = new TimeOnly(9, 0), To = new TimeOnly(12, 0) }],
                Exceptions = [new ScheduleException { Date = new DateOnly(2027, 3, 29), Closed = true }],
            });

        var text = EntryCalendar.Write(detail, Page, "wegweiser.example", "Europe/Berlin");
        var calendar = Calendar.Load(text)!;

        Assert.Equal(2, calendar.Events.Count);
        var timed = calendar.Events.Single(e => e.DtStart!.HasTime);
        var allDay = calendar.Events.Single(e => !e.DtStart!.HasTime);
        Assert.EndsWith("@wegweiser.example", timed.Uid);
        Assert.NotEqual(timed.Uid, allDay.Uid);
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Wednesday], timed.RecurrenceRule!.ByDay.Select(d => d.DayOfWeek));
        Assert.Equal([DayOfWeek.Friday], allDay.RecurrenceRule!.ByDay.Select(d => d.DayOfWeek));
        Assert.Equal(new DateOnly(2027, 3, 5), allDay.DtStart!.Date);
        var mondays = calendar.GetOccurrences(new CalDateTime(2027, 2, 1))
            .Where(o => o.Source == timed && o.Period.StartTime.DayOfWeek == DayOfWeek.Monday)
            .Select(o => o.Period.StartTime.Date).ToList();
        // Mondays in March 2027: 1, 8, 15, 22, 29; the 29th is closed.
        Assert.Equal([new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 8), new DateOnly(2027, 3, 15), new DateOnly(2027, 3, 22)], mondays);
        // Summer time starts on 28 March: the meeting on the 31st is still at 9:00 local time.
        var last = calendar.GetOccurrences(new CalDateTime(2027, 2, 1)).Where(o => o.Source == timed).Last();
        Assert.Equal(new DateTime(2027, 3, 31, 7, 0, 0, DateTimeKind.Utc), last.Period.StartTime.AsUtc);
    }

    [Fact]
    public void Meeting_days_that_never_fall_between_start_and_end_still_give_the_span()
    {
        // Monday to Tuesday, but the course is said to meet on Fridays: a slip in the data, not a 500.
        var detail = Course(new CourseData { Starts = new DateOnly(2027, 3, 1), Ends = new DateOnly(2027, 3, 2), Days = [DayOfWeek.Friday] });

        var ev = Calendar.Load(EntryCalendar.Write(detail, Page, "wegweiser.example", "Europe/Berlin"))!.Events.Single();

        Assert.Equal(new DateOnly(2027, 3, 1), ev.DtStart!.Date);
        Assert.Equal(new DateOnly(2027, 3, 3), ev.DtEnd!.Date);
        Assert.Null(ev.RecurrenceRule);
    }

    [Fact]
    public void A_course_without_a_start_offers_no_calendar()
    {
        var detail = Course(new CourseData { Ends = new DateOnly(2027, 3, 12), Days = [DayOfWeek.Monday] });

        Assert.False(TakeAlongRules.OffersCalendar(detail));
        Assert.Throws<InvalidOperationException>(() => EntryCalendar.Write(detail, Page, "wegweiser.example", "Europe/Berlin"));
    }

    private static EntryDetail Course(CourseData course, Schedule? schedule = null)
    {
        var item = ContentItem.Create(ContentType.Course, "testkurs", DateTime.UtcNow);
        var version = item.Latest;
        version.SetTranslation("de", "testkurs", "Testkurs", new Dictionary<string, string> { ["summary"] = "Ein Kurs, zum Testen." });
        version.Data.Course = course;
        version.Data.Schedule = schedule;
        return new EntryDetail
        {
            Entry = new PublishedEntry(item, version),
            Section = DirectorySection.For(ContentType.Course),
            Text = LocalizedText.For(version, "de"),
        };
    }
}
