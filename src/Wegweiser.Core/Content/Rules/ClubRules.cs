namespace Wegweiser.Core.Content.Rules;

/// <summary>The rules of what a club has beyond the common fields (see <see cref="ClubData"/>).</summary>
public static class ClubRules
{
    public static FieldProblem? Category(string? value) => ChoiceRules.OneOf(value, ClubData.Categories);
}
