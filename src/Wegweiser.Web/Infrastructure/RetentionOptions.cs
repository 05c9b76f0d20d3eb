namespace Wegweiser.Web.Infrastructure;

/// <summary>
/// How long visitors' messages are kept (<see cref="DataRetentionJob"/>). Bound from
/// <c>Wegweiser:Retention</c>; every value is in days and at least 1.
/// </summary>
public sealed class RetentionOptions
{
    /// <summary>A contact request is deleted this many days after staff passed it on.</summary>
    public int ContactRequestDaysAfterPassedOn { get; set; } = 30;

    /// <summary>A contact request is deleted this many days after it arrived, passed on or not (the form promises it).</summary>
    public int ContactRequestMaxDays { get; set; } = 90;

    /// <summary>A suggestion ("Fehler melden") is deleted this many days after an editor accepted or rejected it.</summary>
    public int SuggestionDaysAfterDecision { get; set; } = 90;

    /// <summary>A suggestion is deleted this many days after it arrived, decided or not.</summary>
    public int SuggestionMaxDays { get; set; } = 180;
}
