namespace Wegweiser.Core.Content.Rules;

/// <summary>
/// What is wrong with one field: a key of <see cref="ProblemKeys"/> and, for some keys, one
/// argument (the longest length allowed, the lines not understood).
/// </summary>
public readonly record struct FieldProblem(string Key, object? Argument = null)
{
    public static FieldProblem TooLong(int max) => new(ProblemKeys.TooLong, max);

    /// <summary>The longest length allowed when this is <see cref="ProblemKeys.TooLong"/>.</summary>
    public int? Max => Key == ProblemKeys.TooLong ? (int?)Argument : null;

    /// <summary>A length rule: <see cref="TooLong"/> when <paramref name="value"/> (trimmed) is longer than <paramref name="max"/>.</summary>
    internal static FieldProblem? Length(string? value, int max) => FieldLimits.TooLong(value, max) ? TooLong(max) : null;
}
