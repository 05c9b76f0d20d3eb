using Microsoft.AspNetCore.Html;

namespace Wegweiser.Web.Features.Directory.Glossary;

/// <summary>
/// An entry's texts as a detail page shows them, with glossary terms linked: the summary, the
/// body (Markdown rendered and sanitised) and the further text fields, and the notes that explain
/// the terms found.
/// </summary>
public sealed record LinkedTexts(
    IHtmlContent? Summary, IHtmlContent Body, IReadOnlyDictionary<string, IHtmlContent> Fields, IReadOnlyList<GlossaryNote> Notes)
{
    /// <summary>The further text fields, in display order, that are linked like the body.</summary>
    public static readonly IReadOnlyList<string> FieldNames = ["eligibility", "access", "registration", "activities"];

    public IHtmlContent? Field(string name) => Fields.GetValueOrDefault(name);
}
