using System.Globalization;
using System.Text.Json.Nodes;
using Wegweiser.Core.Content;
using Wegweiser.Core.Scheduling;
using Wegweiser.Data.Stores;

namespace Wegweiser.Web.Features.Hsds;

/// <summary>
/// Opening hours and course days as HSDS schedules (RRULE-style): weekly hours become
/// <c>freq=WEEKLY</c> with <c>byday=MO,TH</c>; a monthly rule ("1. Di 14:00-16:00") becomes
/// <c>freq=MONTHLY</c> with <c>byday=1TU</c> (<c>-1FR</c> for the last Friday); a course's days
/// become a weekly schedule from its first to its last day. HSDS has no field for exceptions, so
/// closed days and changed hours are written into every schedule's <c>notes</c>, as the editors
/// type them ("24.12.2026 geschlossen").
/// </summary>
public static class HsdsSchedules
{
    private static readonly string[] RruleDays = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

    private static readonly DayOfWeek[] WeekOrder =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>The schedules of an entry, linked by <paramref name="linkProperty"/> (<c>service_id</c> or <c>location_id</c>) to <paramref name="linkId"/>.</summary>
    public static JsonArray For(PublishedEntry entry, string linkProperty, string linkId)
    {
        var result = new JsonArray();
        var data = entry.Version.Data;
        var schedule = data.Schedule;
        var notes = Notes(schedule);
        var index = 0;
        if (schedule is not null)
        {
            foreach (var weekly in schedule.Weekly)
            {
                result.Add(Base(entry, linkProperty, linkId, index++, "WEEKLY", ByDay(weekly.Days), weekly.From, weekly.To, notes));
            }

            foreach (var monthly in schedule.Monthly)
            {
                var byday = monthly.Ordinal.ToString(CultureInfo.InvariantCulture) + RruleDays[(int)monthly.Day];
                result.Add(Base(entry, linkProperty, linkId, index++, "MONTHLY", byday, monthly.From, monthly.To, notes));
            }
        }

        if (data.Course is { Days.Count: > 0 } course)
        {
            var json = Base(entry, linkProperty, linkId, index, "WEEKLY", ByDay(course.Days), null, null, notes);
            json.Put("valid_from", course.Starts is { } starts ? HsdsContext.Date(starts) : null);
            json.Put("dtstart", course.Starts is { } start ? HsdsContext.Date(start) : null);
            json.Put("valid_to", course.Ends is { } ends ? HsdsContext.Date(ends) : null);
            json.Put("until", course.Ends is { } until ? HsdsContext.Date(until) : null);
            json.Put("description", course.TimeOfDay is { } time ? time.ToString().ToLowerInvariant() : null);
            result.Add(json);
        }

        return result;
    }

    private static JsonObject Base(PublishedEntry entry, string linkProperty, string linkId, int index, string freq, string byday, TimeOnly? from, TimeOnly? to, string? notes)
    {
        var json = new JsonObject
        {
            ["id"] = HsdsIds.Part("schedule", entry.Key, $"{linkProperty}:{linkId}:{index}"),
            [linkProperty] = linkId,
            ["freq"] = freq,
            ["wkst"] = "MO",
            ["interval"] = 1,
            ["byday"] = byday,
        };
        json.Put("opens_at", from?.ToString("HH:mm", CultureInfo.InvariantCulture));
        json.Put("closes_at", to?.ToString("HH:mm", CultureInfo.InvariantCulture));
        json.Put("notes", notes);
        return json;
    }

    private static string ByDay(IEnumerable<DayOfWeek> days) =>
        string.Join(",", WeekOrder.Where(days.Contains).Select(d => RruleDays[(int)d]));

    /// <summary>The exceptions in the editors' own lines, or null when there are none.</summary>
    private static string? Notes(Schedule? schedule)
    {
        if (schedule is null || schedule.Exceptions.Count == 0)
        {
            return null;
        }

        var exceptionsOnly = new Schedule { Exceptions = schedule.Exceptions };
        return ScheduleText.Format(exceptionsOnly).Replace("\n", "; ", StringComparison.Ordinal);
    }
}
