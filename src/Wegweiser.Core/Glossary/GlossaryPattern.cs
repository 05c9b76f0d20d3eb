namespace Wegweiser.Core.Glossary;

/// <summary>
/// One way a glossary term is written in a text: its abbreviation (matched with its exact case,
/// <see cref="CaseSensitive"/>) or a form of its title (any case).
/// </summary>
public sealed record GlossaryPattern(string TermKey, string Text, bool CaseSensitive);
