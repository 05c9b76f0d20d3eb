namespace Wegweiser.Core.Analysis;

/// <summary>
/// The German plain-language check: measures a text per sentence and as a whole, applies the
/// maintained rules (<c>plain-language-rules.txt</c>) and computes Amstad's Flesch, the first
/// Wiener Sachtextformel and our combined 0–20 score (<see cref="ReadabilityFormulas.CombinedScore"/>).
/// Runs offline and explains itself. Layout cannot game it: Markdown, blank lines and headings are
/// ignored, list items are sentences, and each distinct sentence counts once.
/// </summary>
public sealed class PlainLanguageChecker(PlainLanguageRules rules, CompoundSplitter splitter)
{
    /// <summary>
    /// The score a German text should reach unless configured otherwise
    /// (<c>Wegweiser:PlainLanguage:MinimumScore</c>); the recipe's texts are tested against it.
    /// </summary>
    public const double DefaultMinimumScore = 10;

    public static PlainLanguageChecker Maintained { get; } = new(PlainLanguageRules.Maintained, CompoundSplitter.Maintained);

    public PlainLanguageRules Rules => rules;

    /// <param name="text">The text as the editor wrote it (plain text or light Markdown).</param>
    /// <param name="knownAbbreviations">Abbreviations the glossary explains; they are not reported.</param>
    public PlainLanguageReport Check(string? text, IReadOnlySet<string>? knownAbbreviations = null)
    {
        var sentences = Distinct(PlainTextSegmenter.Sentences(text));
        var measures = new List<SentenceMeasure>();
        var found = new List<PlainLanguageFinding>();
        var sentenceRules = new SentenceRules(rules, splitter, knownAbbreviations ?? new HashSet<string>());
        var allWords = new List<string>();
        foreach (var sentence in sentences)
        {
            var words = GermanWords.Of(sentence);
            allWords.AddRange(words);
            measures.Add(new SentenceMeasure(sentence, words.Count, words.Sum(GermanSyllables.Count), words.Sum(GermanWords.Letters)));
            sentenceRules.Check(sentence, words, found);
        }

        return allWords.Count == 0 ? PlainLanguageReport.Empty : Measure(measures, allWords, OncePerWord(found));
    }

    private PlainLanguageReport Measure(List<SentenceMeasure> sentences, List<string> words, List<PlainLanguageFinding> found)
    {
        var syllables = words.Select(GermanSyllables.Count).ToList();
        double n = words.Count;
        var asl = n / sentences.Count;
        var asw = syllables.Sum() / n;
        var longShare = 100 * syllables.Count(s => s >= 4) / n;
        if (longShare > rules.Limit(PlainLanguageRules.LongWordShare))
        {
            var rule = rules[PlainLanguageRules.LongWordShare];
            found.Add(new PlainLanguageFinding(rule, "", null, rule.SuggestionFor(null, null)));
        }

        var flesch = ReadabilityFormulas.FleschAmstad(asl, asw);
        var wstf = ReadabilityFormulas.WienerSachtextformel(
            100 * syllables.Count(s => s >= 3) / n, asl, 100 * words.Count(w => GermanWords.Letters(w) > 6) / n, 100 * syllables.Count(s => s == 1) / n);
        return new PlainLanguageReport
        {
            Sentences = sentences,
            Findings = found,
            Words = words.Count,
            Syllables = syllables.Sum(),
            AverageSentenceLength = asl,
            AverageSyllablesPerWord = asw,
            LongWordShare = longShare,
            FleschAmstad = flesch,
            WienerSachtextformel = wstf,
            Score = ReadabilityFormulas.CombinedScore(flesch, wstf, found.Count(f => f.IsProblem), sentences.Count),
        };
    }

    /// <summary>Each sentence once: the same sentence twice (ignoring case, spaces and punctuation) counts once.</summary>
    private static List<string> Distinct(IReadOnlyList<string> sentences)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return sentences.Where(s => seen.Add(string.Join(' ', GermanWords.Of(s)).ToLowerInvariant())).ToList();
    }

    /// <summary>A word-level finding once per text (the first sentence it stands in); sentence-level findings each.</summary>
    private static List<PlainLanguageFinding> OncePerWord(List<PlainLanguageFinding> found)
    {
        var seen = new HashSet<(string, string)>();
        return found.Where(f => f.Word is null || f.RuleId is PlainLanguageRules.Passive or PlainLanguageRules.NominalStyle or PlainLanguageRules.DoubleNegation
            || seen.Add((f.RuleId, f.Word.ToLowerInvariant()))).ToList();
    }
}
