namespace Wegweiser.Core.Translation.Machine;

/// <summary>
/// A fixed term that machine translation must not touch: the German words as they stand in the
/// text, and what the translation shows instead (the same words when a name stays as it is, or
/// "residence permit (Aufenthaltstitel)" for a term explained in the target language).
/// </summary>
public sealed record ProtectedTerm(string German, string Rendering)
{
    /// <summary>A term kept exactly as it is in every language (organisation names, "Jobcenter").</summary>
    public static ProtectedTerm Kept(string german) => new(german, german);

    /// <summary>Whether the target language shows other words than the German ones.</summary>
    public bool IsTranslated => !string.Equals(German, Rendering, StringComparison.Ordinal);
}
