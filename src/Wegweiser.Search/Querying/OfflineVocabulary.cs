using System.Text;

namespace Wegweiser.Search.Querying;

/// <summary>
/// What the offline search in the browser needs of this library, so it searches with the same
/// words as the server: the folding of words (<see cref="WordFolding"/>), the words of a text, the
/// fillers, and the thesaurus and synonyms of one culture as "typed words → added words" rules.
/// The lists are not repeated anywhere: they are read from the maintained files.
/// </summary>
public static class OfflineVocabulary
{
    /// <summary>A word in the form it is compared in (lower case, no diacritics, one Arabic/Persian spelling).</summary>
    public static string Fold(string word) => WordFolding.Fold(word);

    /// <summary>The distinct folded words of <paramref name="text"/> that carry meaning (no fillers, at least two letters).</summary>
    public static IEnumerable<string> Words(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var current = new StringBuilder();
        foreach (var c in text.Append(' '))
        {
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark)
            {
                current.Append(c);
                continue;
            }

            if (current.Length >= 2 && !Fillers.Default.IsFiller(current.ToString()) && seen.Add(Fold(current.ToString())))
            {
                yield return Fold(current.ToString());
            }

            current.Clear();
        }
    }

    /// <summary>
    /// The thesaurus concepts and German synonyms for a visitor of <paramref name="culture"/>: the
    /// words typed in that culture, German or English (folded; a trailing "*" matches every word
    /// starting so), and what a search for them adds: German words and "#key" for topics and needs.
    /// </summary>
    public static IReadOnlyList<(IReadOnlyList<string> Typed, IReadOnlyList<string> Adds)> Rules(string culture)
    {
        var rules = new List<(IReadOnlyList<string>, IReadOnlyList<string>)>();
        var languages = new[] { culture, "de", "en" }.Distinct().ToList();
        foreach (var concept in Thesaurus.Default.Concepts)
        {
            var typed = languages.SelectMany(l => concept.Words.GetValueOrDefault(l) ?? []).Select(Fold).Distinct().ToList();
            var adds = concept.GermanWords.Select(Fold)
                .Concat(concept.Topics.Concat(concept.Needs).Select(k => "#" + k))
                .Distinct().ToList();
            rules.Add((typed, adds));
        }

        foreach (var (word, more) in Synonyms.All)
        {
            rules.Add(([Fold(word)], more.Select(Fold).ToList()));
        }

        return rules;
    }
}
