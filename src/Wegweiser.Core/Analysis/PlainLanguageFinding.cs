namespace Wegweiser.Core.Analysis;

/// <summary>
/// What the check says about one sentence or word: the rule, the sentence it stands in (empty
/// for a finding about the whole text), the word it is about (if any), and a plain suggestion.
/// </summary>
public sealed record PlainLanguageFinding(PlainLanguageRule Rule, string Sentence, string? Word, string Suggestion)
{
    public string RuleId => Rule.Id;

    public bool IsProblem => Rule.IsProblem;
}
