namespace Wegweiser.Data;

/// <summary>What a <see cref="ScheduledAction"/> does when it is due.</summary>
public enum ScheduledActionKind
{
    Publish,
    Archive,
}
