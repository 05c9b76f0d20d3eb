namespace Wegweiser.Web.Features.Directory.Glossary;

/// <summary>
/// One term explained at the end of a text ("Begriffe auf dieser Seite"): what the text calls it
/// (<see cref="Label"/>: the abbreviation, or the title), its title and short explanation in the
/// visitor's language (German, <see cref="Lang"/> "de", where the term is not translated), and
/// its glossary page.
/// </summary>
public sealed record GlossaryNote(string Key, string Label, bool LabelIsAbbreviation, string? Title, string? Explanation, string? Lang, string Url)
{
    /// <summary>The note's element id, the target of the term's link in the text.</summary>
    public string Anchor => $"begriff-{Key}";

    /// <summary>The id of the term's link in the text, the target of "back to the text".</summary>
    public string ReferenceId => $"{Anchor}-stelle";

    /// <summary>The id of the explanation, which the link in the text names as its description.</summary>
    public string ExplanationId => $"{Anchor}-erklaerung";
}
