using Wegweiser.Core.Scheduling;

namespace Wegweiser.Core.Content.Rules;

/// <summary>The rules of opening hours written as text lines (see <see cref="ScheduleText"/>).</summary>
public static class OpeningHoursRules
{
    /// <summary>
    /// At most <see cref="FieldLimits.OtherText"/> characters, and every line understood; the
    /// argument of <see cref="ProblemKeys.OpeningHours"/> lists the numbers of the other lines ("2, 4").
    /// </summary>
    public static FieldProblem? Text(string? value)
    {
        if (FieldProblem.Length(value, FieldLimits.OtherText) is { } tooLong)
        {
            return tooLong;
        }

        return ScheduleText.Parse(value).BadLines is { Count: > 0 } badLines
            ? new FieldProblem(ProblemKeys.OpeningHours, string.Join(", ", badLines))
            : null;
    }
}
