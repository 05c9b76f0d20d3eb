using System.Globalization;
using System.Text;

namespace Wegweiser.Search.Querying;

/// <summary>
/// The form in which a visitor's word and a thesaurus word are compared: lower case, without
/// diacritics (Arabic vowel marks, "ё", Turkish "ş" and "ı", German umlauts), with the Arabic and
/// Persian spellings of the same letter made one (ي/ی/ى, ك/ک, ة/ه, أ/إ/آ/ا) and without tatweel or
/// zero-width joiners. It only serves the comparison; the index keeps its own analysis.
/// </summary>
internal static class WordFolding
{
    public static string Fold(string word)
    {
        var decomposed = word.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.Format)
            {
                continue;
            }

            switch (c)
            {
                case 'ß': folded.Append("ss"); break;
                case 'ı': folded.Append('i'); break;
                case '\u06CC' or '\u0649': folded.Append('\u064A'); break; // Persian yeh, alef maksura → yeh
                case '\u06A9': folded.Append('\u0643'); break;            // keheh → kaf
                case '\u0629' or '\u06C0': folded.Append('\u0647'); break; // teh marbuta, heh with yeh → heh
                case '\u0623' or '\u0625' or '\u0622' or '\u0671': folded.Append('\u0627'); break; // alef forms → alef
                case '\u0640': break;                                     // tatweel
                default: folded.Append(c); break;
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The folded word and, for an Arabic word with the article "ال", the word without it.</summary>
    public static IEnumerable<string> Forms(string word)
    {
        var folded = Fold(word);
        yield return folded;
        if (folded.Length > 4 && folded.StartsWith("\u0627\u0644", StringComparison.Ordinal))
        {
            yield return folded[2..];
        }
    }
}
