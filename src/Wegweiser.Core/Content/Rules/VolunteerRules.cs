namespace Wegweiser.Core.Content.Rules;

/// <summary>
/// The rules of a volunteer initiative's internal contact (see <see cref="InternalContact"/>): the
/// same as for public contact data, so a contact can move between the two.
/// </summary>
public static class VolunteerRules
{
    public static FieldProblem? InternalName(string? value) => ContactRules.Line(value);

    public static FieldProblem? InternalPhone(string? value) => ContactRules.Phone(value);

    public static FieldProblem? InternalEmail(string? value) => ContactRules.Email(value);
}
