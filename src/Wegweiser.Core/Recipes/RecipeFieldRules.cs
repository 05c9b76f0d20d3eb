using Wegweiser.Core.Content.Rules;

namespace Wegweiser.Core.Recipes;

/// <summary>
/// Applies the editor form's field rules (<c>Wegweiser.Core.Content.Rules</c>) to a recipe's values, so a
/// recipe cannot put into the site what an editor could not save, and says in the recipe author's
/// words what is wrong.
/// </summary>
internal static class RecipeFieldRules
{
    /// <summary>Throws when <paramref name="problem"/> is set, naming <paramref name="path"/> and <paramref name="value"/>.</summary>
    public static void Check(JsonWalker w, string path, string? value, FieldProblem? problem)
    {
        if (problem is { } p)
        {
            throw w.Error(path, Describe(p, value));
        }
    }

    private static string Describe(FieldProblem problem, string? value) => problem.Key switch
    {
        ProblemKeys.Required => "is required and must not be empty.",
        ProblemKeys.TooLong => $"is longer than {problem.Max} characters.",
        ProblemKeys.Phone => $"'{value}' is not a phone number (digits, spaces and + ( ) / - only, starting with + or a digit).",
        ProblemKeys.Email => $"'{value}' is not an email address.",
        ProblemKeys.WebAddress => $"'{value}' is not a web address starting with https://.",
        ProblemKeys.PostalCode => $"'{value}' is not a postal code of five digits.",
        ProblemKeys.Slug => $"'{value}' is not a valid slug (lowercase letters, digits and single '-').",
        _ => $"'{value}' is not allowed here ({problem.Key}).",
    };
}
