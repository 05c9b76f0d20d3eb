namespace Wegweiser.Core.Content.Rules;

/// <summary>The rules of what a course has beyond the common fields (see <see cref="CourseData"/>).</summary>
public static class CourseRules
{
    /// <summary>More free places than this is a typing mistake.</summary>
    public const int MaxFreePlaces = 10_000;

    public static FieldProblem? CourseType(string? value) => ChoiceRules.OneOf(value, CourseData.CourseTypes);

    public static FieldProblem? Level(string? value) => ChoiceRules.OneOf(value, CourseData.Levels);

    public static FieldProblem? TimeOfDay(string? value) => ChoiceRules.NameOf<Content.TimeOfDay>(value);

    /// <summary>A course cannot end before it starts (the problem belongs to the end).</summary>
    public static FieldProblem? Ends(DateOnly? starts, DateOnly? ends) =>
        starts is { } s && ends is { } e && e < s ? new FieldProblem(ProblemKeys.EndBeforeStart) : null;

    /// <summary>0 to <see cref="MaxFreePlaces"/>, when known.</summary>
    public static FieldProblem? FreePlaces(int? value) =>
        value is < 0 or > MaxFreePlaces ? new FieldProblem(ProblemKeys.Number) : null;
}
