using System.Net;
using Ical.Net;
using Ical.Net.DataTypes;
using Wegweiser.Core.Content;

namespace Wegweiser.Web.Tests.Features.TakeAlong;

public class CalendarTests(DemoSiteFixture site) : IClassFixture<DemoSiteFixture>
{
    private readonly HttpClient _client = site.Factory.CreateClient();

    [Fact]
    public async Task Every_event_with_dates_has_a_calendar_file_in_Berlin_time()
    {
        var events = (await TakeAlongSite.CurrentAsync(site.Factory, ContentType.Event)).Where(e => e.Version.Data.Event?.Starts is not null).ToList();
        Assert.NotEmpty(events);

        foreach (var (item, version) in events)
        {
            var detail = TakeAlongSite.DetailPath(ContentType.Event, version);
            var data = version.Data.Event!;

            var response = await _client.GetAsync($"{detail}/kalender.ics");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/calendar; charset=utf-8", response.Content.Headers.ContentType!.ToString());
            Assert.Equal($"{version.Translation("de")!.Slug}.ics", response.Content.Headers.ContentDisposition!.FileName);
            var calendar = Calendar.Load(await response.Content.ReadAsStringAsync())!;
            var ev = Assert.Single(calendar.Events);
            Assert.Equal(version.Translation("de")!.Title, ev.Summary);
            Assert.Equal(version.Translation("de")!.Field("summary"), ev.Description);
            Assert.Equal("Europe/Berlin", ev.DtStart!.TzId);
            Assert.Equal(data.Starts, ev.DtStart.Value);
            Assert.Equal(data.Ends, ev.DtEnd?.Value);
            Assert.Equal("Europe/Berlin", ev.DtEnd?.TzId);
            Assert.Null(ev.RecurrenceRule);
            Assert.Equal($"{item.Id}@localhost", ev.Uid);
            Assert.Equal(new Uri(TakeAlongSite.Origin + detail), ev.Url);
            Assert.Contains(version.Data.Addresses[0].Street!, ev.Location);
            Assert.Contains(calendar.TimeZones, tz => tz.TzId == "Europe/Berlin");
        }
    }

    [Fact]
    public async Task A_timed_event_lands_on_the_right_instant_across_daylight_saving()
    {
        var version = (await TakeAlongSite.ItemAsync(site.Factory, "demo-gesundheitstag-arnstadt")).Published!;

        var text = await _client.GetStringAsync($"{TakeAlongSite.DetailPath(ContentType.Event, version)}/kalender.ics");
        var ev = Calendar.Load(text)!.Events.Single();

        // 8 May 2027, 10:00 in Berlin is summer time: 08:00 UTC.
        Assert.Equal(new DateTime(2027, 5, 8, 8, 0, 0, DateTimeKind.Utc), ev.DtStart!.AsUtc);
        Assert.Contains("DTSTART;TZID=Europe/Berlin:20270508T100000", text);
    }

    [Fact]
    public async Task Courses_meet_weekly_on_their_days_from_start_to_end()
    {
        var courses = (await TakeAlongSite.CurrentAsync(site.Factory, ContentType.Course))
            .Where(c => c.Version.Data.Course is { Starts: not null, Ends: not null, Days.Count: > 0 }).ToList();
        Assert.NotEmpty(courses);

        foreach (var (item, version) in courses)
        {
            var course = version.Data.Course!;
            var weekly = version.Data.Schedule!.Weekly.Single();

            var text = await _client.GetStringAsync($"{TakeAlongSite.DetailPath(ContentType.Course, version)}/kalender.ics");
            var calendar = Calendar.Load(text)!;

            var ev = Assert.Single(calendar.Events);
            Assert.Equal(version.Translation("de")!.Title, ev.Summary);
            Assert.Equal($"{item.Id}@localhost", ev.Uid);
            Assert.Equal("Europe/Berlin", ev.DtStart!.TzId);
            Assert.Equal(weekly.From, ev.DtStart.Time);
            Assert.Equal(weekly.To, ev.DtEnd!.Time);
            var rule = ev.RecurrenceRule!;
            Assert.Equal(FrequencyType.Weekly, rule.Frequency);
            Assert.Equal(course.Days.Order(), rule.ByDay.Select(d => d.DayOfWeek).Order());
            Assert.Matches("RRULE:FREQ=WEEKLY;UNTIL=[0-9]{8}T[0-9]{6}Z;BYDAY=", text);

            var meetings = calendar.GetOccurrences(new CalDateTime(course.Starts!.Value.AddDays(-7))).Select(o => o.Period.StartTime).ToList();
            Assert.NotEmpty(meetings);
            Assert.All(meetings, m => Assert.Contains(m.DayOfWeek, course.Days));
            Assert.All(meetings, m => Assert.InRange(m.Date, course.Starts.Value, course.Ends!.Value));
            Assert.Equal(FirstMeeting(course.Starts.Value, course.Days), meetings[0].Date);
            Assert.Equal(LastMeeting(course.Ends!.Value, course.Days), meetings[^1].Date);
        }
    }

    [Theory]
    [InlineData("interkulturelle-wochen-ilm-kreis")]
    [InlineData("tag-der-vereine")]
    [InlineData("runder-tisch-ehrenamt")]
    public async Task Events_without_dates_have_no_calendar_file_and_no_link(string key)
    {
        var version = (await TakeAlongSite.ItemAsync(site.Factory, key)).Published!;
        Assert.Null(version.Data.Event?.Starts);
        var detail = TakeAlongSite.DetailPath(ContentType.Event, version);

        var response = await _client.GetAsync($"{detail}/kalender.ics");
        var html = await _client.GetStringAsync(detail);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("kalender.ics", html);
    }

    [Theory]
    [InlineData(ContentType.Service)]
    [InlineData(ContentType.Club)]
    [InlineData(ContentType.VolunteerInitiative)]
    [InlineData(ContentType.Organisation)]
    public async Task Other_types_have_no_calendar_file(ContentType type)
    {
        var (_, version) = (await TakeAlongSite.CurrentAsync(site.Factory, type)).First();

        var response = await _client.GetAsync($"{TakeAlongSite.DetailPath(type, version)}/kalender.ics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static DateOnly FirstMeeting(DateOnly starts, IReadOnlyCollection<DayOfWeek> days)
    {
        var day = starts;
        while (!days.Contains(day.DayOfWeek)) day = day.AddDays(1);
        return day;
    }

    private static DateOnly LastMeeting(DateOnly ends, IReadOnlyCollection<DayOfWeek> days)
    {
        var day = ends;
        while (!days.Contains(day.DayOfWeek)) day = day.AddDays(-1);
        return day;
    }
}
