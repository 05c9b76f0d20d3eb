namespace Wegweiser.Core.Content.Rules;

/// <summary>Fields that take one value of a fixed list.</summary>
public static class ChoiceRules
{
    /// <summary><see cref="ProblemKeys.Unknown"/> when <paramref name="value"/> is given and not in <paramref name="allowed"/> (exact spelling).</summary>
    public static FieldProblem? OneOf(string? value, IReadOnlyList<string> allowed) =>
        string.IsNullOrWhiteSpace(value) || allowed.Contains(value) ? null : new FieldProblem(ProblemKeys.Unknown);

    /// <summary>The name of a member of <typeparamref name="TEnum"/>, when given.</summary>
    public static FieldProblem? NameOf<TEnum>(string? value)
        where TEnum : struct, Enum => OneOf(value, Enum.GetNames<TEnum>());
}
