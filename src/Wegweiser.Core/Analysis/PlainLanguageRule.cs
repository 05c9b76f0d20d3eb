namespace Wegweiser.Core.Analysis;

/// <summary>
/// One rule of the plain-language check, as written in <c>plain-language-rules.txt</c>: its id, the
/// limit from which it applies, whether it lowers the score (a problem) or only informs (a hint),
/// and the German name, reason and suggestion editors read.
/// </summary>
public sealed record PlainLanguageRule(string Id, int? Limit, bool IsProblem, string Name, string Why, string Suggestion)
{
    /// <summary>The suggestion with the found word and its plainer alternative filled in.</summary>
    public string SuggestionFor(string? found, string? alternative) =>
        Suggestion.Replace("{0}", found ?? "").Replace("{1}", alternative ?? "");
}
