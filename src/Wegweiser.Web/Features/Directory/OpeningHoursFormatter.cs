using System.Globalization;
using Microsoft.Extensions.Localization;
using Wegweiser.Core.Scheduling;

namespace Wegweiser.Web.Features.Directory;

/// <summary>Writes a schedule as short lines a person reads aloud: "Montag, Donnerstag: 9:00–12:00 Uhr".</summary>
public sealed class OpeningHoursFormatter(IStringLocalizer<SharedResource> t)
{
    public IReadOnlyList<string> Lines(Schedule schedule, CultureInfo culture)
    {
        var lines = new List<string>();
        foreach (var weekly in schedule.Weekly)
        {
            var days = string.Join(", ", weekly.Days.Order(new MondayFirst()).Select(d => culture.DateTimeFormat.GetDayName(d)));
            lines.Add(t["Hours.Weekly", days, Span(weekly.From, weekly.To, culture)]);
        }

        foreach (var monthly in schedule.Monthly)
        {
            var ordinal = t[monthly.Ordinal == -1 ? "Hours.Ordinal.Last" : $"Hours.Ordinal.{monthly.Ordinal}"];
            lines.Add(t["Hours.Monthly", ordinal, culture.DateTimeFormat.GetDayName(monthly.Day), Span(monthly.From, monthly.To, culture)]);
        }

        return lines;
    }

    public string Span(TimeOnly from, TimeOnly to, CultureInfo culture) =>
        t["Hours.Span", from.ToString("H:mm", culture), to.ToString("H:mm", culture)];

    private sealed class MondayFirst : IComparer<DayOfWeek>
    {
        public int Compare(DayOfWeek x, DayOfWeek y) => ((int)x + 6) % 7 - ((int)y + 6) % 7;
    }
}
