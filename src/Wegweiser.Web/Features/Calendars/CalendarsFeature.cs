using Wegweiser.Web.Features.Calendars.Fetching;

namespace Wegweiser.Web.Features.Calendars;

/// <summary>
/// Calendar subscriptions: editors add a partner's iCalendar address to an organisation
/// (<c>/admin/eintraege/&lt;key&gt;/kalender</c>); a job fetches each one every hour with limits and
/// keeps the organisation's event drafts in step with it. Nothing is published without a publisher.
/// </summary>
public static class CalendarsFeature
{
    public static IServiceCollection AddCalendars(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CalendarOptions>(configuration.GetSection(CalendarOptions.Section));
        services.AddSingleton<CalendarFetcher>();
        services.AddScoped<CalendarEventWriter>();
        services.AddScoped<CalendarGoneEvents>();
        services.AddScoped<CalendarImporter>();
        services.AddSingleton<CalendarSubscriptionJob>();
        services.AddHostedService(sp => sp.GetRequiredService<CalendarSubscriptionJob>());
        return services;
    }
}
