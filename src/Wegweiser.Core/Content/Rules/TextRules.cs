namespace Wegweiser.Core.Content.Rules;

/// <summary>
/// The rules of an entry's texts in any language: German in the editor form, translations in the
/// translation editor and XLIFF imports, the provider's answer and recipes alike.
/// </summary>
public static class TextRules
{
    /// <summary>A title is required and at most <see cref="FieldLimits.Title"/> characters.</summary>
    public static FieldProblem? Title(string? value) =>
        string.IsNullOrWhiteSpace(value) ? new FieldProblem(ProblemKeys.Required) : Text(ContentFields.Title, value);

    /// <summary>Translatable field <paramref name="field"/> is at most <see cref="FieldLimits.ForText"/> characters; empty is allowed.</summary>
    public static FieldProblem? Text(string field, string? value) => FieldProblem.Length(value, FieldLimits.ForText(field));

    /// <summary>A slug, when given, is lowercase letters, digits and single dashes (see <see cref="Content.Slug"/>).</summary>
    public static FieldProblem? Slug(string? value) =>
        string.IsNullOrWhiteSpace(value) || Content.Slug.IsValid(value.Trim()) ? null : new FieldProblem(ProblemKeys.Slug);

    /// <summary>A provider's note to the editors is at most <see cref="FieldLimits.Note"/> characters.</summary>
    public static FieldProblem? Note(string? value) => FieldProblem.Length(value, FieldLimits.Note);
}
