namespace Wegweiser.Core.Content.Rules;

/// <summary>The rules of what a glossary term has beyond the common fields (see <see cref="GlossaryData"/>).</summary>
public static class GlossaryRules
{
    /// <summary>At most <see cref="FieldLimits.Abbreviation"/> characters.</summary>
    public static FieldProblem? Abbreviation(string? value) => FieldProblem.Length(value, FieldLimits.Abbreviation);
}
