using System.Globalization;

namespace Wegweiser.Core.Glossary;

/// <summary>
/// Which characters belong to a word, in every script the site serves: letters and digits,
/// combining marks (Arabic vowel signs), and the zero-width joiners Farsi writes inside words.
/// </summary>
public static class WordChars
{
    public static bool IsWordChar(char c)
    {
        if (char.IsLetterOrDigit(c) || c is '\u200C' or '\u200D' or '\u00AD')
        {
            return true;
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    /// <summary>Whether a word starts at <paramref name="index"/> (a word character with none before it).</summary>
    public static bool StartsWord(ReadOnlySpan<char> text, int index) =>
        IsWordChar(text[index]) && (index == 0 || !IsWordChar(text[index - 1]));

    /// <summary>The end (exclusive) of the word starting at <paramref name="index"/>.</summary>
    public static int WordEnd(ReadOnlySpan<char> text, int index)
    {
        var end = index;
        while (end < text.Length && IsWordChar(text[end]))
        {
            end++;
        }

        return end;
    }
}
