namespace Wegweiser.Core.Content.Rules;

/// <summary>The rules of what an event has beyond the common fields (see <see cref="EventData"/>).</summary>
public static class EventRules
{
    /// <summary>An event cannot end before it starts (the problem belongs to the end).</summary>
    public static FieldProblem? Ends(DateTime? starts, DateTime? ends) =>
        starts is { } s && ends is { } e && e < s ? new FieldProblem(ProblemKeys.EndBeforeStart) : null;

    public static FieldProblem? Recurrence(string? value) => ChoiceRules.NameOf<Content.Recurrence>(value);

    /// <summary>The month of a yearly event: 1 to 12, when known.</summary>
    public static FieldProblem? Month(int? value) => value is < 1 or > 12 ? new FieldProblem(ProblemKeys.Month) : null;
}
