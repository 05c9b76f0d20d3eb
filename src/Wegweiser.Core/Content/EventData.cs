namespace Wegweiser.Core.Content;

/// <summary>Dates of an event. Local times in Europe/Berlin.</summary>
public sealed class EventData
{
    public DateTime? Starts { get; set; }

    public DateTime? Ends { get; set; }

    public Recurrence Recurrence { get; set; }

    /// <summary>For yearly events whose exact dates are not fixed yet: the month (1–12).</summary>
    public int? Month { get; set; }
}
