namespace Wegweiser.Web.Features.Calendars.Fetching;

/// <summary>
/// Why a calendar could not be fetched, as a resource key (German, in the neutral resources) and
/// its arguments, so the subscription page can say it plainly.
/// </summary>
public sealed class CalendarFetchException(string resourceKey, params object[] arguments)
    : Exception($"Calendar fetch refused: {resourceKey} {string.Join(", ", arguments)}")
{
    public string ResourceKey { get; } = resourceKey;

    public object[] Arguments { get; } = arguments;
}
