using System.Globalization;

namespace Wegweiser.Search.Querying;

/// <summary>
/// The words of what a visitor typed. Everything that is not a letter, a combining mark or a digit
/// separates words, so query syntax (<c>" ( : * ~ \</c>) never reaches Lucene; the operators
/// AND, OR and NOT are dropped. Queries are built from terms, never parsed.
/// </summary>
public static class QueryWords
{
    public const int MaxLength = 200;
    public const int MaxWords = 10;

    private static readonly HashSet<string> Operators = ["AND", "OR", "NOT"];

    public static IReadOnlyList<string> Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var c in text.Length > MaxLength ? text[..MaxLength] : text)
        {
            if (IsWordChar(c))
            {
                current.Append(c);
            }
            else
            {
                Flush();
            }
        }

        Flush();
        return words.Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxWords).ToList();

        void Flush()
        {
            if (current.Length > 0 && !Operators.Contains(current.ToString()))
            {
                words.Add(current.ToString());
            }

            current.Clear();
        }
    }

    /// <summary>Edits a typo may have, by word length: up to 3 letters none, 4–6 one, longer two.</summary>
    public static int MaxEdits(string word) => word.Length switch
    {
        <= 3 => 0,
        <= 6 => 1,
        _ => 2,
    };

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
