namespace Wegweiser.Core.Translation.Xliff;

/// <summary>An XLIFF 2.0 document as read by <see cref="XliffReader"/>: languages and one file per item.</summary>
public sealed record XliffDocument(string SourceLanguage, string TargetLanguage, IReadOnlyList<XliffFile> Files);

/// <summary>
/// One <c>&lt;file&gt;</c>: the item key, the German source version recorded at export (null when
/// the note is missing) and its units.
/// </summary>
public sealed record XliffFile(string Id, int? SourceVersion, IReadOnlyList<XliffUnit> Units);

/// <summary>
/// One <c>&lt;unit&gt;</c>: its source and target text, each the concatenation of all segments
/// (a CAT tool may split a unit into several). <see cref="Target"/> is null when no segment has
/// one; <see cref="Partial"/> says some segments are translated and others are not.
/// </summary>
public sealed record XliffUnit(string Id, string Source, string? Target, bool Partial = false);
