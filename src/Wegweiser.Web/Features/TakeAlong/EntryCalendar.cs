using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Wegweiser.Core.Content;
using Wegweiser.Core.Scheduling;
using Wegweiser.Web.Features.Directory;

namespace Wegweiser.Web.Features.TakeAlong;

/// <summary>
/// The calendar file (iCalendar, RFC 5545) of an event or a course, with the German texts.
/// Events keep their local times in the site's time zone. Courses meet weekly from their start
/// to their end date: one series per time of day from the schedule, all-day where the days are
/// known but not the hours, and one all-day span when not even the days are known.
/// </summary>
public static class EntryCalendar
{
    public static string Write(EntryDetail detail, Uri pageUrl, string host, string timeZoneId)
    {
        ArgumentNullException.ThrowIfNull(detail);
        var events = detail.Entry.Type switch
        {
            ContentType.Event => EventDates(detail.Data.Event, timeZoneId),
            ContentType.Course => CourseDates(detail.Data, timeZoneId),
            _ => [],
        };
        if (events.Count == 0)
        {
            throw new InvalidOperationException($"{detail.Entry.Type} {detail.Entry.Key} has no dates for a calendar.");
        }

        var version = detail.Entry.Version;
        var german = version.Translation(Cultures.Source) ?? throw new InvalidOperationException("Published version without German text.");
        var stamp = new CalDateTime(DateTime.SpecifyKind(version.PublishedUtc ?? version.ModifiedUtc, DateTimeKind.Utc), true);
        var calendar = new Calendar { ProductId = "-//Wegweiser//Wegweiser//DE", Method = "PUBLISH" };
        if (events.Any(e => e.DtStart!.HasTime))
        {
            var earliest = events.Min(e => e.DtStart!.Value);
            calendar.AddTimeZone(VTimeZone.FromDateTimeZone(timeZoneId, earliest, false));
        }

        for (var i = 0; i < events.Count; i++)
        {
            var item = events[i];
            // The first series carries the item's id alone, so a calendar that imported it before recognises it.
            item.Uid = i == 0 ? $"{detail.Entry.Item.Id}@{host}" : $"{detail.Entry.Item.Id}-{i + 1}@{host}";
            item.Summary = german.Title;
            item.Description = german.Field(ContentFields.Summary);
            item.Location = Location(detail);
            item.Url = pageUrl;
            item.DtStamp = stamp;
            item.LastModified = stamp;
            calendar.Events.Add(item);
        }

        return new CalendarSerializer().SerializeToString(calendar)
            ?? throw new InvalidOperationException("The calendar could not be written.");
    }

    private static List<CalendarEvent> EventDates(EventData? data, string zone)
    {
        if (data?.Starts is not { } starts)
        {
            return [];
        }

        var item = new CalendarEvent { DtStart = Local(starts, zone) };
        if (data.Ends is { } ends && ends > starts)
        {
            item.DtEnd = Local(ends, zone);
        }

        return [item];
    }

    private static List<CalendarEvent> CourseDates(ContentData data, string zone)
    {
        if (data.Course is not { Starts: { } starts } course)
        {
            return [];
        }

        var last = course.Ends is { } end && end >= starts ? end : starts;
        var span = new CalendarEvent { DtStart = new CalDateTime(starts), DtEnd = new CalDateTime(last.AddDays(1)) };
        if (course.Ends is not { } ends || ends < starts || course.Days.Count == 0)
        {
            // Without an end or without meeting days there is no series: one all-day span.
            return [span];
        }

        var events = new List<CalendarEvent>();
        var untilUtc = new CalDateTime(ends, new TimeOnly(23, 59, 59), zone).ToTimeZone("UTC");
        var covered = new HashSet<DayOfWeek>();
        foreach (var weekly in data.Schedule?.Weekly ?? [])
        {
            var days = weekly.Days.Where(course.Days.Contains).Distinct().ToList();
            if (days.Count == 0 || weekly.To <= weekly.From || FirstMeeting(starts, ends, days) is not { } first)
            {
                continue;
            }

            covered.UnionWith(days);
            var item = new CalendarEvent
            {
                DtStart = new CalDateTime(first, weekly.From, zone),
                DtEnd = new CalDateTime(first, weekly.To, zone),
                RecurrenceRule = Weekly(days, untilUtc),
            };
            foreach (var closed in data.Schedule!.Exceptions.Where(e => IsClosing(e) && e.Date >= first && e.Date <= ends && days.Contains(e.Date.DayOfWeek)))
            {
                // A closing day (holiday) of the place drops that meeting.
                item.ExceptionDates.Add(new CalDateTime(closed.Date, weekly.From, zone));
            }

            events.Add(item);
        }

        var rest = course.Days.Where(d => !covered.Contains(d)).Distinct().ToList();
        if (rest.Count > 0 && FirstMeeting(starts, ends, rest) is { } firstDay)
        {
            // Days without known hours: all-day meetings, so nobody is told a wrong time.
            events.Add(new CalendarEvent
            {
                DtStart = new CalDateTime(firstDay),
                DtEnd = new CalDateTime(firstDay.AddDays(1)),
                RecurrenceRule = Weekly(rest, new CalDateTime(ends)),
            });
        }

        // Meeting days that never fall between start and end (a data slip): still show the span.
        return events.Count > 0 ? events : [span];
    }

    private static RecurrenceRule Weekly(IEnumerable<DayOfWeek> days, CalDateTime until) => new(FrequencyType.Weekly)
    {
        ByDay = days.Order(MondayFirst.Instance).Select(d => new WeekDay(d)).ToList(),
        Until = until,
    };

    /// <summary>The first day on or after the start that is a meeting day, if any before the end.</summary>
    private static DateOnly? FirstMeeting(DateOnly starts, DateOnly ends, IReadOnlyCollection<DayOfWeek> days)
    {
        for (var day = starts; day <= ends && day < starts.AddDays(7); day = day.AddDays(1))
        {
            if (days.Contains(day.DayOfWeek))
            {
                return day;
            }
        }

        return null;
    }

    /// <summary>Read as <see cref="Schedule.OpeningsOn"/> reads it: closed, or no hours given.</summary>
    private static bool IsClosing(ScheduleException exception) =>
        exception.Closed || exception.From is null || exception.To is null;

    private static CalDateTime Local(DateTime local, string zone) =>
        new(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local), zone);

    private static string? Location(EntryDetail detail)
    {
        var german = detail.Entry.Version.Translation(Cultures.Source);
        var address = detail.Contacts().Addresses.FirstOrDefault();
        if (address is null)
        {
            return german?.Field("place");
        }

        var town = address.Town is null ? null : detail.TermNames("town", [address.Town], Cultures.Source)[0];
        var parts = new[] { address.Name, address.Street, $"{address.PostalCode} {town}".Trim() };
        return string.Join(", ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
    }

    private sealed class MondayFirst : IComparer<DayOfWeek>
    {
        public static readonly MondayFirst Instance = new();

        public int Compare(DayOfWeek x, DayOfWeek y) => ((int)x + 6) % 7 - ((int)y + 6) % 7;
    }
}
