using Wegweiser.Core.Content;

namespace Wegweiser.Core.Analysis;

/// <summary>
/// Which texts the plain-language check reads: the prose fields (summary, description, who may
/// come, how to get there, registration, activities), not the title or short facts such as cost.
/// An entry's score is the score of its German prose fields read as one text.
/// </summary>
public static class PlainLanguageFields
{
    private static readonly HashSet<string> Prose = [ContentFields.Summary, ContentFields.Body, "eligibility", "access", "registration", "activities"];

    public static bool IsChecked(string field) => Prose.Contains(field);

    /// <summary>The checked fields of <paramref name="type"/>, in display order.</summary>
    public static IReadOnlyList<string> For(ContentType type) => ContentFields.For(type).Where(Prose.Contains).ToList();

    /// <summary>The fields of one entry read as one text (each field a paragraph).</summary>
    public static string Joined(ContentType type, Func<string, string?> field) =>
        string.Join("\n\n", For(type).Select(field).Where(t => !string.IsNullOrWhiteSpace(t)));
}
