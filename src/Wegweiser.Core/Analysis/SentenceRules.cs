namespace Wegweiser.Core.Analysis;

/// <summary>The per-sentence rules of the plain-language check; each adds its findings to a list.</summary>
internal sealed class SentenceRules(PlainLanguageRules rules, CompoundSplitter splitter, IReadOnlySet<string> knownAbbreviations)
{
    public void Check(string sentence, IReadOnlyList<string> words, List<PlainLanguageFinding> found)
    {
        if (words.Count >= rules.Limit(PlainLanguageRules.LongSentence))
        {
            found.Add(Finding(PlainLanguageRules.LongSentence, sentence, null, null));
        }

        Words(sentence, words, found);
        Passive(sentence, words, found);
        Nominal(sentence, words, found);
        Negation(sentence, words, found);
        Dotted(sentence, found);
        Bureaucratic(sentence, words, found);
    }

    private void Words(string sentence, IReadOnlyList<string> words, List<PlainLanguageFinding> found)
    {
        foreach (var word in words)
        {
            if (GermanWords.NumberWords.TryGetValue(word.ToLowerInvariant(), out var digits))
            {
                found.Add(Finding(PlainLanguageRules.NumberWord, sentence, word, digits));
            }

            foreach (var part in word.Split('-', '‑'))
            {
                WordPart(sentence, part, found);
            }
        }
    }

    private void WordPart(string sentence, string part, List<PlainLanguageFinding> found)
    {
        if (GermanWords.IsAbbreviation(part))
        {
            if (!knownAbbreviations.Contains(part) && !rules.CommonAbbreviations.Contains(part))
            {
                found.Add(Finding(PlainLanguageRules.Abbreviation, sentence, part, null));
            }

            return;
        }

        if (part.Length >= rules.Limit(PlainLanguageRules.Compound) && splitter.Split(part) is { Count: > 1 } parts)
        {
            found.Add(Finding(PlainLanguageRules.Compound, sentence, part, CompoundSplitter.Hyphenated(parts)));
        }
        else if (GermanSyllables.Count(part) >= rules.Limit(PlainLanguageRules.LongWord))
        {
            found.Add(Finding(PlainLanguageRules.LongWord, sentence, part, null));
        }
    }

    private void Passive(string sentence, IReadOnlyList<string> words, List<PlainLanguageFinding> found)
    {
        var auxiliary = words.FirstOrDefault(w => GermanWords.PassiveAuxiliaries.Contains(w.ToLowerInvariant()));
        var participle = words.FirstOrDefault(GermanWords.IsParticiple);
        if (auxiliary is not null && participle is not null)
        {
            found.Add(Finding(PlainLanguageRules.Passive, sentence, $"{auxiliary} … {participle}", null));
        }
    }

    private void Nominal(string sentence, IReadOnlyList<string> words, List<PlainLanguageFinding> found)
    {
        var nouns = words.Where(GermanWords.IsNominal).ToList();
        var chain = false;
        for (var i = 0; i + 2 < words.Count && !chain; i++)
        {
            // "die Beantragung der Leistung": two such nouns joined by a genitive
            chain = GermanWords.IsNominal(words[i]) && words[i + 1] is "der" or "des" && GermanWords.IsNominal(words[i + 2]);
        }

        if (nouns.Count >= rules.Limit(PlainLanguageRules.NominalStyle) || chain)
        {
            found.Add(Finding(PlainLanguageRules.NominalStyle, sentence, string.Join(", ", nouns.Distinct()), null));
        }
    }

    private void Negation(string sentence, IReadOnlyList<string> words, List<PlainLanguageFinding> found)
    {
        var lower = words.Select(w => w.ToLowerInvariant()).ToList();
        var markers = Enumerable.Range(0, lower.Count).Where(i => GermanWords.IsNegationMarker(lower[i])).ToList();
        var window = rules.Limit(PlainLanguageRules.DoubleNegation); // "nicht unwichtig", "nicht ganz ohne"
        for (var m = 0; m + 1 < markers.Count; m++)
        {
            if (markers[m + 1] - markers[m] <= window && markers.Skip(m).Take(2).Any(i => GermanWords.Negations.Contains(lower[i])))
            {
                found.Add(Finding(PlainLanguageRules.DoubleNegation, sentence, $"{words[markers[m]]} … {words[markers[m + 1]]}", null));
                return;
            }
        }

        if (lower.FirstOrDefault(GermanWords.Negations.Contains) is { } negation)
        {
            found.Add(Finding(PlainLanguageRules.Negation, sentence, words[lower.IndexOf(negation)], null));
        }
    }

    private void Dotted(string sentence, List<PlainLanguageFinding> found)
    {
        var rest = sentence;
        foreach (var (abbreviation, plain) in rules.DottedAbbreviations)
        {
            var at = IndexOfWord(rest, abbreviation);
            if (at >= 0)
            {
                found.Add(Finding(PlainLanguageRules.DottedAbbreviation, sentence, abbreviation, plain));
                rest = rest.Remove(at, abbreviation.Length); // "z. B." is not found again as "B."
            }
        }
    }

    private void Bureaucratic(string sentence, IReadOnlyList<string> words, List<PlainLanguageFinding> found)
    {
        foreach (var (word, plain) in rules.Words)
        {
            var hit = word.Contains(' ')
                ? IndexOfWord(sentence, word) >= 0 ? word : null
                : words.FirstOrDefault(w => w.StartsWith(word, StringComparison.OrdinalIgnoreCase) && w.Length - word.Length <= 2);
            if (hit is not null)
            {
                found.Add(Finding(PlainLanguageRules.BureaucraticWord, sentence, hit, plain));
            }
        }
    }

    /// <summary>Where <paramref name="word"/> stands in <paramref name="text"/> as a whole word (ignoring case), or −1.</summary>
    private static int IndexOfWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + word.Length;
            var startsWord = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var endsWord = end == text.Length || !char.IsLetterOrDigit(text[end]) || !char.IsLetterOrDigit(word[^1]);
            if (startsWord && endsWord)
            {
                return at;
            }
        }

        return -1;
    }

    private PlainLanguageFinding Finding(string id, string sentence, string? word, string? plain)
    {
        var rule = rules[id];
        return new PlainLanguageFinding(rule, sentence, word, rule.SuggestionFor(word, plain));
    }
}
