namespace Wegweiser.Data.Calendars;

/// <summary>
/// A partner's iCalendar address, subscribed for one organisation: a job fetches it every hour
/// and keeps draft events of the organisation in step with it. The last fetch's outcome is kept
/// here for the subscription page.
/// </summary>
public sealed class CalendarSubscription
{
    public long Id { get; set; }

    /// <summary>The key of the organisation item the events belong to.</summary>
    public required string OrganisationKey { get; set; }

    /// <summary>The calendar's address (http or https; webcal is stored as https).</summary>
    public required string Url { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>When the calendar was last fetched (successfully or not); null before the first fetch.</summary>
    public DateTime? LastFetchedUtc { get; set; }

    /// <summary>Why the last fetch failed as a whole (German), or null when it was read.</summary>
    public string? LastError { get; set; }

    /// <summary>Events created and updated by the last fetch.</summary>
    public int LastCreated { get; set; }

    public int LastUpdated { get; set; }

    /// <summary>What the last fetch could not read, event by event.</summary>
    public List<CalendarProblem> Problems { get; set; } = [];
}
