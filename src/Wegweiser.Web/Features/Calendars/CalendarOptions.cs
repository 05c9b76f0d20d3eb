namespace Wegweiser.Web.Features.Calendars;

/// <summary>Limits of the calendar subscriptions (<c>Wegweiser:Calendars</c>).</summary>
public sealed class CalendarOptions
{
    public const string Section = "Wegweiser:Calendars";

    /// <summary>How long one fetch (all redirects and the whole body) may take.</summary>
    public int TimeoutSeconds { get; set; } = 20;

    /// <summary>The largest calendar read; reading stops beyond it and the fetch fails.</summary>
    public long MaxBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>How many redirects one fetch follows, each checked like the first address.</summary>
    public int MaxRedirects { get; set; } = 3;

    /// <summary>How far ahead recurring events are expanded into dates.</summary>
    public int MonthsAhead { get; set; } = 12;

    /// <summary>The most dates one calendar turns into events in one fetch.</summary>
    public int MaxEvents { get; set; } = 500;

    /// <summary>Allow addresses in private, loopback and link-local networks (for tests and closed networks only).</summary>
    public bool AllowPrivateAddresses { get; set; }
}
