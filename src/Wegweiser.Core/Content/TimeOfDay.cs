namespace Wegweiser.Core.Content;

/// <summary>When in the day a course meets.</summary>
public enum TimeOfDay
{
    Morning,
    Afternoon,
    Evening,
}
