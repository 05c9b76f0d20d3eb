namespace Wegweiser.Core.Glossary;

/// <summary>
/// Finds glossary terms in plain text, whole words only: "MBE" in "Die MBE hilft", never in "MBEK".
/// Abbreviations match with their exact case, titles in any case; with <c>inflect</c> (German) a
/// one-word title also matches with a short ending ("Asylbewerberleistungsgesetzes"). Where forms
/// overlap the longest wins. Built once per culture and shared: it keeps no state between calls.
/// </summary>
public sealed class GlossaryMatcher
{
    /// <summary>German endings a one-word title may carry (plural, genitive, dative).</summary>
    private static readonly string[] Endings = ["ern", "en", "es", "er", "em", "n", "s", "e"];

    private const int MinimumStem = 4;

    private readonly Dictionary<string, List<GlossaryPattern>> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<GlossaryPattern>> _anyCase = new(StringComparer.OrdinalIgnoreCase);
    private readonly bool _inflect;

    public GlossaryMatcher(IEnumerable<GlossaryPattern> patterns, bool inflect = false)
    {
        _inflect = inflect;
        foreach (var pattern in patterns.Where(p => p.Text.Length >= 2 && WordChars.IsWordChar(p.Text[0])))
        {
            var first = pattern.Text[..WordChars.WordEnd(pattern.Text, 0)];
            var index = pattern.CaseSensitive ? _exact : _anyCase;
            if (!index.TryGetValue(first, out var list))
            {
                index[first] = list = [];
            }

            if (!list.Any(p => p.Text == pattern.Text))
            {
                list.Add(pattern);
            }
        }

        PatternCount = _exact.Values.Concat(_anyCase.Values).Sum(l => l.Count);
    }

    public static GlossaryMatcher Empty { get; } = new([]);

    public int PatternCount { get; }

    /// <summary>Every term occurrence in <paramref name="text"/>, in order, not overlapping.</summary>
    public IReadOnlyList<GlossaryMatch> Find(string text)
    {
        var found = new List<GlossaryMatch>();
        if (PatternCount == 0)
        {
            return found;
        }

        var i = 0;
        while (i < text.Length)
        {
            if (!WordChars.StartsWord(text, i))
            {
                i++;
                continue;
            }

            var wordEnd = WordChars.WordEnd(text, i);
            var (length, key) = LongestAt(text, i, wordEnd);
            if (length > 0)
            {
                found.Add(new GlossaryMatch(i, length, key!));
                i += length;
            }
            else
            {
                i = wordEnd;
            }
        }

        return found;
    }

    private (int Length, string? Key) LongestAt(string text, int start, int wordEnd)
    {
        var word = text.AsSpan(start, wordEnd - start);
        var exact = Longest(_exact, text, start, word, inflected: false);
        var anyCase = Longest(_anyCase, text, start, word, _inflect);
        var best = anyCase.Length > exact.Length ? anyCase : exact;
        return best.Length > 0 || !_inflect ? best : InflectedAt(text, start, word);
    }

    private static (int Length, string? Key) Longest(
        Dictionary<string, List<GlossaryPattern>> index, string text, int start, ReadOnlySpan<char> word, bool inflected)
    {
        var best = (Length: 0, Key: (string?)null);
        if (index.Count == 0 || !index.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var candidates))
        {
            return best;
        }

        foreach (var pattern in candidates)
        {
            var length = MatchAt(text, start, pattern, inflected);
            if (length > best.Length)
            {
                best = (length, pattern.TermKey);
            }
        }

        return best;
    }

    /// <summary>A one-word title with a German ending: "Gesetzes" for "Gesetz".</summary>
    private (int Length, string? Key) InflectedAt(string text, int start, ReadOnlySpan<char> word)
    {
        var lookup = _anyCase.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var ending in Endings)
        {
            var stem = word.Length - ending.Length;
            if (stem < MinimumStem || !word.EndsWith(ending, StringComparison.OrdinalIgnoreCase)
                || !lookup.TryGetValue(word[..stem], out var candidates))
            {
                continue;
            }

            foreach (var pattern in candidates)
            {
                if (pattern.Text.Length == stem)
                {
                    return (word.Length, pattern.TermKey);
                }
            }
        }

        return (0, null);
    }

    /// <summary>The length of <paramref name="pattern"/> at <paramref name="start"/> (any run of spaces for a space), or 0.</summary>
    private static int MatchAt(string text, int start, GlossaryPattern pattern, bool inflected)
    {
        var t = start;
        foreach (var p in pattern.Text)
        {
            if (char.IsWhiteSpace(p))
            {
                if (t >= text.Length || !char.IsWhiteSpace(text[t]))
                {
                    return 0;
                }

                while (t < text.Length && char.IsWhiteSpace(text[t]))
                {
                    t++;
                }

                continue;
            }

            if (t >= text.Length || !(pattern.CaseSensitive ? text[t] == p : char.ToUpperInvariant(text[t]) == char.ToUpperInvariant(p)))
            {
                return 0;
            }

            t++;
        }

        return EndsWord(text, t, pattern) ? t - start : inflected ? WithEnding(text, start, t) : 0;
    }

    private static bool EndsWord(string text, int end, GlossaryPattern pattern) =>
        !WordChars.IsWordChar(pattern.Text[^1]) || end >= text.Length || !WordChars.IsWordChar(text[end]);

    /// <summary>A multi-word title whose last word carries a German ending.</summary>
    private static int WithEnding(string text, int start, int end)
    {
        var wordEnd = WordChars.WordEnd(text, end);
        var ending = text.AsSpan(end, wordEnd - end);
        foreach (var known in Endings)
        {
            if (ending.Equals(known, StringComparison.OrdinalIgnoreCase))
            {
                return wordEnd - start;
            }
        }

        return 0;
    }
}
