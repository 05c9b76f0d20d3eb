namespace Wegweiser.Core.Scheduling;

/// <summary>Regular hours on some days of every week, such as Monday and Thursday 9–12.</summary>
public sealed class WeeklyOpening
{
    public List<DayOfWeek> Days { get; set; } = [];

    public TimeOnly From { get; set; }

    public TimeOnly To { get; set; }
}
