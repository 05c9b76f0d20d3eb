namespace Wegweiser.Core.Content.Rules;

/// <summary>The rules of a postal address (the town is a taxonomy key, checked against the site by the caller).</summary>
public static class AddressRules
{
    /// <summary>A German postal code: five digits, when given.</summary>
    public static FieldProblem? PostalCode(string? value)
    {
        var text = value?.Trim();
        return string.IsNullOrEmpty(text) || (text.Length == 5 && text.All(char.IsAsciiDigit))
            ? null
            : new FieldProblem(ProblemKeys.PostalCode);
    }

    /// <summary>The name of the place or the street: one line (see <see cref="ContactRules.Line"/>).</summary>
    public static FieldProblem? Line(string? value) => ContactRules.Line(value);
}
