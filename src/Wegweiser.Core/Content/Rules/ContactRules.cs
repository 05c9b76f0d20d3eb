namespace Wegweiser.Core.Content.Rules;

/// <summary>
/// The rules of contact data, public and internal: empty is allowed; a value is checked for its
/// length first (so no input is too long to check quickly), then for its form.
/// </summary>
public static class ContactRules
{
    /// <summary>See <see cref="PhoneNumber"/>; at most <see cref="FieldLimits.Phone"/> characters.</summary>
    public static FieldProblem? Phone(string? value) => Check(value, FieldLimits.Phone, PhoneNumber.IsValid, ProblemKeys.Phone);

    /// <summary>See <see cref="EmailAddress"/>; at most <see cref="FieldLimits.Email"/> characters.</summary>
    public static FieldProblem? Email(string? value) => Check(value, FieldLimits.Email, EmailAddress.IsValid, ProblemKeys.Email);

    /// <summary>A complete <c>http</c> or <c>https</c> address of at most <see cref="FieldLimits.Website"/> characters.</summary>
    public static FieldProblem? WebAddress(string? value) => Check(value, FieldLimits.Website, IsWebAddress, ProblemKeys.WebAddress);

    /// <summary>A name (of a place or an internal contact) or a street: one line of at most <see cref="FieldLimits.Line"/> characters.</summary>
    public static FieldProblem? Line(string? value) => FieldProblem.Length(value, FieldLimits.Line);

    private static FieldProblem? Check(string? value, int max, Func<string, bool> isValid, string key)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (FieldProblem.Length(value, max) is { } tooLong)
        {
            return tooLong;
        }

        return isValid(value) ? null : new FieldProblem(key);
    }

    private static bool IsWebAddress(string value) =>
        Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
