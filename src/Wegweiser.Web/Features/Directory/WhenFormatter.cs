using Humanizer;
using Microsoft.Extensions.Localization;
using Wegweiser.Core.Scheduling;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Directory;

/// <summary>
/// Says when something happens the way people say it: "öffnet morgen um 9 Uhr", "beginnt in
/// 3 Wochen". The schedule maths stays in Core; this only chooses the words.
/// </summary>
public sealed class WhenFormatter(IStringLocalizer<SharedResource> t, SiteContext site)
{
    /// <summary>"Jetzt geöffnet" or when it opens next; null when the schedule never opens.</summary>
    public string? OpeningState(Schedule schedule)
    {
        if (schedule.IsOpenAt(site.Now, site.TimeZone))
        {
            return t["Detail.OpenNow"];
        }

        if (schedule.NextOpening(site.Now, site.TimeZone) is not { } next)
        {
            return null;
        }

        var local = TimeZoneInfo.ConvertTime(next, site.TimeZone).DateTime;
        var date = DateOnly.FromDateTime(local);
        var culture = site.CultureInfo;
        var time = local.Minute == 0 ? local.ToString("%H", culture) : local.ToString("H:mm", culture);
        var days = date.DayNumber - site.Today.DayNumber;
        return days switch
        {
            0 => t["When.OpensToday", time],
            1 => t["When.OpensTomorrow", time],
            < 7 => t["When.OpensOnDay", culture.DateTimeFormat.GetDayName(local.DayOfWeek), time],
            _ => t["When.OpensOnDate", local.ToString("dddd, d. MMMM", culture), time],
        };
    }

    /// <summary>"beginnt in 3 Wochen", "beginnt heute" or "hat vor 2 Wochen begonnen".</summary>
    public string Starts(DateOnly starts)
    {
        var days = starts.DayNumber - site.Today.DayNumber;
        if (days == 0)
        {
            return t["When.StartsToday"];
        }

        var span = TimeSpan.FromDays(Math.Abs(days)).Humanize(culture: site.CultureInfo, maxUnit: TimeUnit.Week);
        return days > 0 ? t["When.StartsIn", span] : t["When.StartedAgo", span];
    }
}
