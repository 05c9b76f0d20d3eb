using System.Globalization;
using System.Text.RegularExpressions;

namespace Wegweiser.Core.Scheduling;

/// <summary>
/// Opening hours as plain text lines, one rule a line, for the editor's form:
/// <c>Mo, Do 09:00-12:00</c> or <c>Mo-Fr 08:30-11:45</c> (weekly), <c>1. Di 14:00-16:00</c> or
/// <c>letzter Fr 10:00-12:00</c> (monthly), <c>24.12.2026 geschlossen</c> or
/// <c>29.12.2026 10:00-12:00</c> (exceptions). Day names are the German two-letter abbreviations.
/// </summary>
public static partial class ScheduleText
{
    private static readonly string[] DayNames = ["So", "Mo", "Di", "Mi", "Do", "Fr", "Sa"];

    private static readonly DayOfWeek[] WeekOrder =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    [GeneratedRegex(@"^(?<days>[A-Za-zäöü ,\-–]+?)\s+(?<from>\d{1,2}[:.]\d{2})\s*[-–]\s*(?<to>\d{1,2}[:.]\d{2})$")]
    private static partial Regex WeeklyLine();

    [GeneratedRegex(@"^(?:(?<ord>[1-4])\.|(?<last>letzter|letzte|letzten))\s+(?<day>[A-Za-z]{2})\s+(?<from>\d{1,2}[:.]\d{2})\s*[-–]\s*(?<to>\d{1,2}[:.]\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex MonthlyLine();

    [GeneratedRegex(@"^(?<date>\d{1,2}\.\d{1,2}\.\d{4})\s+(?:(?<closed>geschlossen)|(?<from>\d{1,2}[:.]\d{2})\s*[-–]\s*(?<to>\d{1,2}[:.]\d{2}))$", RegexOptions.IgnoreCase)]
    private static partial Regex ExceptionLine();

    /// <summary>The schedule as text lines (the inverse of <see cref="Parse"/>).</summary>
    public static string Format(Schedule? schedule)
    {
        if (schedule is null)
        {
            return "";
        }

        var lines = new List<string>();
        lines.AddRange(schedule.Weekly.Select(w => $"{string.Join(", ", WeekOrder.Where(w.Days.Contains).Select(Name))} {Time(w.From)}-{Time(w.To)}"));
        lines.AddRange(schedule.Monthly.Select(m => $"{(m.Ordinal == -1 ? "letzter" : $"{m.Ordinal}.")} {Name(m.Day)} {Time(m.From)}-{Time(m.To)}"));
        lines.AddRange(schedule.Exceptions.OrderBy(e => e.Date).Select(e =>
            $"{e.Date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)} {(e.Closed || e.From is null || e.To is null ? "geschlossen" : $"{Time(e.From.Value)}-{Time(e.To.Value)}")}"));
        return string.Join("\n", lines);
    }

    /// <summary>
    /// Reads the lines; returns the schedule (null when there are no lines) and the numbers of the
    /// lines (1-based) that could not be read.
    /// </summary>
    public static (Schedule? Schedule, IReadOnlyList<int> BadLines) Parse(string? text)
    {
        var schedule = new Schedule();
        var bad = new List<int>();
        var lines = (text ?? "").Replace("\r", "", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = Regex.Replace(lines[i].Trim(), @"\s+", " ").Replace(" Uhr", "", StringComparison.OrdinalIgnoreCase);
            if (line.Length == 0)
            {
                continue;
            }

            if (!TryLine(line, schedule))
            {
                bad.Add(i + 1);
            }
        }

        var empty = schedule.Weekly.Count == 0 && schedule.Monthly.Count == 0 && schedule.Exceptions.Count == 0;
        return (empty ? null : schedule, bad);
    }

    private static bool TryLine(string line, Schedule schedule)
    {
        if (ExceptionLine().Match(line) is { Success: true } ex)
        {
            if (!DateOnly.TryParseExact(ex.Groups["date"].Value, "d.M.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return false;
            }

            if (ex.Groups["closed"].Success)
            {
                schedule.Exceptions.Add(new ScheduleException { Date = date, Closed = true });
                return true;
            }

            if (!TryTimes(ex, out var exFrom, out var exTo))
            {
                return false;
            }

            schedule.Exceptions.Add(new ScheduleException { Date = date, From = exFrom, To = exTo });
            return true;
        }

        if (MonthlyLine().Match(line) is { Success: true } monthly)
        {
            if (Day(monthly.Groups["day"].Value) is not { } day || !TryTimes(monthly, out var mFrom, out var mTo))
            {
                return false;
            }

            var ordinal = monthly.Groups["last"].Success ? -1 : int.Parse(monthly.Groups["ord"].Value, CultureInfo.InvariantCulture);
            schedule.Monthly.Add(new MonthlyRule { Ordinal = ordinal, Day = day, From = mFrom, To = mTo });
            return true;
        }

        if (WeeklyLine().Match(line) is { Success: true } weekly)
        {
            if (Days(weekly.Groups["days"].Value) is not { Count: > 0 } days || !TryTimes(weekly, out var wFrom, out var wTo))
            {
                return false;
            }

            schedule.Weekly.Add(new WeeklyOpening { Days = days, From = wFrom, To = wTo });
            return true;
        }

        return false;
    }

    private static List<DayOfWeek>? Days(string text)
    {
        var days = new List<DayOfWeek>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var range = part.Split(['-', '–'], StringSplitOptions.TrimEntries);
            if (range.Length == 1 && Day(range[0]) is { } single)
            {
                days.Add(single);
            }
            else if (range.Length == 2 && Day(range[0]) is { } first && Day(range[1]) is { } last)
            {
                var start = Array.IndexOf(WeekOrder, first);
                var end = Array.IndexOf(WeekOrder, last);
                if (end < start)
                {
                    return null;
                }

                days.AddRange(WeekOrder[start..(end + 1)]);
            }
            else
            {
                return null;
            }
        }

        return days.Distinct().ToList();
    }

    private static DayOfWeek? Day(string name)
    {
        var index = Array.FindIndex(DayNames, d => string.Equals(d, name.Length > 2 ? name[..2] : name, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? null : (DayOfWeek)index;
    }

    private static bool TryTimes(Match match, out TimeOnly from, out TimeOnly to)
    {
        to = default;
        return TryTime(match.Groups["from"].Value, out from) && TryTime(match.Groups["to"].Value, out to) && from < to;
    }

    private static bool TryTime(string text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text.Replace('.', ':'), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    private static string Name(DayOfWeek day) => DayNames[(int)day];

    private static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
