namespace Wegweiser.Core.Scheduling;

/// <summary>A day whose hours differ from the rules: closed, or open at other times.</summary>
public sealed class ScheduleException
{
    public DateOnly Date { get; set; }

    public bool Closed { get; set; }

    public TimeOnly? From { get; set; }

    public TimeOnly? To { get; set; }
}
