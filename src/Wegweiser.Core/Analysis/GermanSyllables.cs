namespace Wegweiser.Core.Analysis;

/// <summary>
/// Counts the syllables of a German word from its vowel groups: each group of vowels is one
/// syllable, except that two vowels which are not a diphthong or a long vowel ("ei", "au", "eu",
/// "äu", "ai", "ie", "aa", "ee", "oo") belong to two syllables ("Situation": Si-tu-a-ti-on).
/// "qu" is a consonant. A word of digits counts as one syllable. Good enough for readability
/// formulas, which average over many words.
/// </summary>
public static class GermanSyllables
{
    private static readonly HashSet<string> OneSound = ["ei", "ey", "ai", "ay", "au", "eu", "äu", "ie", "aa", "ee", "oo"];

    public static int Count(string word)
    {
        var w = word.ToLowerInvariant().Replace("qu", "q");
        var count = 0;
        var previous = '\0';
        foreach (var c in w)
        {
            if (!IsVowel(c))
            {
                previous = '\0';
                continue;
            }

            if (previous == '\0' || !OneSound.Contains($"{previous}{c}"))
            {
                count++;
                previous = c;
            }
            else
            {
                previous = '\0'; // "eue" in "Steuer": the third vowel starts a new syllable
            }
        }

        return Math.Max(count, 1);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'ä' or 'ö' or 'ü' or 'y';
}
