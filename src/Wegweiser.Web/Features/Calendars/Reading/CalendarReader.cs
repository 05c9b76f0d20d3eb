using System.Globalization;
using Ical.Net;
using Calendar = Ical.Net.Calendar;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Evaluation;
using Wegweiser.Core.Content;

namespace Wegweiser.Web.Features.Calendars.Reading;

/// <summary>
/// Reads a calendar file into dated occurrences with Ical.Net: each event is checked on its own
/// (so a broken one is reported with its line and UID, and the rest are read), then the events of
/// one UID (a recurring event and its changed dates) are expanded together, honouring RRULE,
/// RDATE, EXDATE and RECURRENCE-ID and the calendar's time zones, from today for
/// <see cref="CalendarOptions.MonthsAhead"/> months, at most <see cref="CalendarOptions.MaxEvents"/> dates.
/// </summary>
public sealed class CalendarReader(TimeZoneInfo zone, CalendarOptions options)
{
    public sealed record Result(IReadOnlyList<CalendarOccurrence> Occurrences, IReadOnlyList<CalendarReadProblem> Problems, bool IsCalendar);

    public Result Read(string text, DateTime nowUtc)
    {
        var layout = IcsLayout.Of(text);
        var problems = new List<CalendarReadProblem>();
        var groups = new Dictionary<string, List<IcsLayout.EventBlock>>(StringComparer.Ordinal);
        foreach (var block in layout.Events)
        {
            if (Check(block, layout.TimeZones) is { } problem)
            {
                problems.Add(problem);
                continue;
            }

            (groups.TryGetValue(block.Uid!, out var list) ? list : groups[block.Uid!] = []).Add(block);
        }

        var occurrences = new List<CalendarOccurrence>();
        var todayLocal = TimeZoneInfo.ConvertTimeFromUtc(nowUtc, zone).Date;
        var from = TimeZoneInfo.ConvertTimeToUtc(todayLocal, zone);
        var until = TimeZoneInfo.ConvertTimeToUtc(todayLocal.AddMonths(options.MonthsAhead), zone);
        foreach (var (uid, blocks) in groups)
        {
            try
            {
                occurrences.AddRange(Expand(uid, blocks, layout.TimeZones, from, until));
            }
            catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
            {
                // Ical.Net throws many kinds for rules it cannot expand; one such event must not stop the others.
                problems.Add(new CalendarReadProblem(blocks[0].Line, uid, "Calendars.Problem.Recurrence"));
            }
        }

        occurrences = [.. occurrences.OrderBy(o => o.Starts).ThenBy(o => o.Uid, StringComparer.Ordinal)];
        if (occurrences.Count > options.MaxEvents)
        {
            problems.Add(new CalendarReadProblem(0, null, "Calendars.Problem.TooMany", options.MaxEvents));
            occurrences = occurrences[..options.MaxEvents];
        }

        return new Result(occurrences, [.. problems.OrderBy(p => p.Line)], layout.IsCalendar);
    }

    /// <summary>Why one event cannot be used, or null when Ical.Net reads it with a title, a start and a known time zone.</summary>
    private static CalendarReadProblem? Check(IcsLayout.EventBlock block, IReadOnlyList<string> timeZones)
    {
        if (block.Problem is { } textProblem)
        {
            return new CalendarReadProblem(block.ProblemLine, block.Uid, textProblem, block.ProblemLine);
        }

        if (block.Uid is null)
        {
            return new CalendarReadProblem(block.Line, null, "Calendars.Problem.NoUid");
        }

        if (block.Uid.Length > Data.Calendars.CalendarLimits.Uid)
        {
            return new CalendarReadProblem(block.Line, block.Uid[..40] + "…", "Calendars.Problem.UidTooLong");
        }

        CalendarEvent ev;
        try
        {
            var calendar = Calendar.Load(Wrap(timeZones, [block]));
            if (calendar is null || calendar.Events.Count != 1 || calendar.Events[0] is null)
            {
                return new CalendarReadProblem(block.Line, block.Uid, "Calendars.Problem.Unreadable");
            }

            ev = calendar.Events[0]!;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new CalendarReadProblem(block.Line, block.Uid, "Calendars.Problem.Unreadable");
        }

        if (string.IsNullOrWhiteSpace(ev.Summary))
        {
            return new CalendarReadProblem(block.Line, block.Uid, "Calendars.Problem.NoTitle");
        }

        if (ev.DtStart is null)
        {
            return new CalendarReadProblem(block.Line, block.Uid, "Calendars.Problem.NoStart");
        }

        try
        {
            _ = ev.DtStart.AsUtc;
            _ = ev.End?.AsUtc;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new CalendarReadProblem(block.Line, block.Uid, "Calendars.Problem.TimeZone", ev.DtStart.TzId ?? "");
        }

        return null;
    }

    private IEnumerable<CalendarOccurrence> Expand(string uid, List<IcsLayout.EventBlock> blocks, IReadOnlyList<string> timeZones, DateTime fromUtc, DateTime untilUtc)
    {
        var calendar = Calendar.Load(Wrap(timeZones, blocks))!;
        var master = calendar.Events.FirstOrDefault(e => e?.RecurrenceIdentifier is null) ?? calendar.Events[0]!;
        var recurring = master.RecurrenceRule is not null || master.RecurrenceDates.GetAllPeriods().Any() || calendar.Events.Count > 1;
        var evaluation = new EvaluationOptions { MaxUnmatchedIncrementsLimit = 100_000 };
        var occurrences = calendar.GetOccurrences<CalendarEvent>(new CalDateTime(fromUtc, "UTC"), evaluation)
            .TakeWhileBefore(new CalDateTime(untilUtc, "UTC"))
            .Take(options.MaxEvents + 1);
        foreach (var occurrence in occurrences)
        {
            var source = (CalendarEvent)occurrence.Source;
            var start = occurrence.Period.StartTime;
            var recurrenceId = source.RecurrenceIdentifier is { } changed ? Key(changed.StartTime) : recurring ? Key(start) : "";
            var index = calendar.Events.ToList().IndexOf(source);
            var line = index >= 0 && index < blocks.Count ? blocks[index].Line : blocks[0].Line;
            yield return Occurrence(uid, recurrenceId, line, source, start, occurrence.Period.EffectiveEndTime);
        }
    }

    private CalendarOccurrence Occurrence(string uid, string recurrenceId, int line, CalendarEvent source, CalDateTime start, CalDateTime? end)
    {
        var allDay = !start.HasTime;
        var starts = Local(start);
        DateTime? ends = end is null ? null : allDay ? Local(end).AddDays(-1) : Local(end);
        if (ends <= starts)
        {
            ends = null;
        }

        return new CalendarOccurrence(uid, recurrenceId, line,
            Cut(source.Summary, FieldLimits.Title)!,
            Cut(source.Description, FieldLimits.Body),
            Cut(source.Location, FieldLimits.OtherText),
            source.Url is { IsAbsoluteUri: true } url && Fetching.CalendarAddress.IsHttp(url) && url.OriginalString.Length <= FieldLimits.Website ? url.OriginalString : null,
            starts, ends, allDay);
    }

    /// <summary>A date and time on the site's clock: all-day dates and floating times as written, others converted.</summary>
    private DateTime Local(CalDateTime value) =>
        !value.HasTime ? value.Value.Date
        : value.IsFloating ? DateTime.SpecifyKind(value.Value, DateTimeKind.Unspecified)
        : TimeZoneInfo.ConvertTimeFromUtc(value.AsUtc, zone);

    private static string Key(CalDateTime value) =>
        !value.HasTime || value.IsFloating
            ? value.Value.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture)
            : value.AsUtc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string? Cut(string? text, int max)
    {
        text = text?.Trim();
        return string.IsNullOrEmpty(text) ? null : text.Length <= max ? text : text[..max].TrimEnd();
    }

    private static string Wrap(IReadOnlyList<string> timeZones, IEnumerable<IcsLayout.EventBlock> blocks) =>
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Wegweiser//Kalenderabo//DE\r\n"
        + string.Concat(timeZones.Select(z => z + "\r\n"))
        + string.Concat(blocks.Select(b => string.Join("\r\n", b.Lines) + "\r\n"))
        + "END:VCALENDAR\r\n";
}
