namespace Wegweiser.Core.Glossary;

/// <summary>Where a glossary term stands in a text.</summary>
public readonly record struct GlossaryMatch(int Start, int Length, string TermKey);
