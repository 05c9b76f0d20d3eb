namespace Wegweiser.Core.Analysis;

/// <summary>
/// Splits a long German compound into parts from the compound list the search maintains
/// (<see cref="GermanWordLists.CompoundParts"/>), for a suggestion such as "Migrations-Beratung".
/// A word splits when it is wholly made of known parts (with a linking "s" allowed between
/// them), or when it ends with a known part of 4 or more letters and at least 4 letters stand
/// before it.
/// </summary>
public sealed class CompoundSplitter
{
    private readonly HashSet<string> _parts;

    public CompoundSplitter(IEnumerable<string> parts)
    {
        _parts = new HashSet<string>(parts.Select(p => p.ToLowerInvariant()).Where(p => p.Length >= 3), StringComparer.Ordinal);
    }

    public static CompoundSplitter Maintained { get; } = new(GermanWordLists.CompoundParts);

    /// <summary>The parts in the word's own spelling, or a single element when it does not split.</summary>
    public IReadOnlyList<string> Split(string word)
    {
        var lower = word.ToLowerInvariant();
        if (Cover(lower, 0) is { Count: > 0 } cuts)
        {
            return Cut(word, cuts);
        }

        for (var start = 4; start <= lower.Length - 4; start++)
        {
            if (_parts.Contains(lower[start..]) && lower[start..].Length >= 4)
            {
                return Cut(word, [start]);
            }
        }

        return [word];
    }

    /// <summary>The suggestion: the parts joined with hyphens, each starting with a capital.</summary>
    public static string Hyphenated(IReadOnlyList<string> parts) =>
        string.Join("-", parts.Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));

    /// <summary>Start positions of the parts after the first, when known parts cover the rest of the word.</summary>
    private List<int>? Cover(string lower, int from)
    {
        for (var end = lower.Length; end >= from + 3; end--)
        {
            if (!_parts.Contains(lower[from..end]))
            {
                continue;
            }

            if (end == lower.Length)
            {
                return [];
            }

            var next = end < lower.Length && lower[end] == 's' && !_parts.Contains(lower[end..Math.Min(lower.Length, end + 3)]) ? end + 1 : end;
            foreach (var start in next == end ? [end] : new[] { next, end })
            {
                if (start < lower.Length && Cover(lower, start) is { } rest)
                {
                    return [start, .. rest];
                }
            }
        }

        return null;
    }

    private static List<string> Cut(string word, IReadOnlyList<int> starts)
    {
        var parts = new List<string>();
        var from = 0;
        foreach (var start in starts)
        {
            parts.Add(word[from..start]);
            from = start;
        }

        parts.Add(word[from..]);
        return parts;
    }
}
