using Microsoft.Extensions.Options;

namespace Wegweiser.Web.Infrastructure;

/// <summary>
/// The one clock of the site: now, and the date and time in the site's time zone
/// (<c>Wegweiser:TimeZone</c>, Europe/Berlin). Everything that asks "what day is it today" —
/// pages, jobs, the search indexer, the response cache — asks here, so all agree at midnight.
/// </summary>
public sealed class SiteClock(TimeProvider time, IOptions<WegweiserOptions> options)
{
    public TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>An instant as the date and time on a clock in the site's time zone.</summary>
    public DateTime ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    /// <summary>A UTC time stored in the database, as the date and time on a clock in the site's time zone.</summary>
    public DateTime ToLocal(DateTime utc) => ToLocal(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));

    public DateTime LocalNow => ToLocal(Now);

    public DateOnly Today => DateOnly.FromDateTime(LocalNow);
}
