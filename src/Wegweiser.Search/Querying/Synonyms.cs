using Wegweiser.Search.Analysis;

namespace Wegweiser.Search.Querying;

/// <summary>The maintained everyday words (<c>Analysis/synonyms-de.txt</c>): "job => arbeit, stelle".</summary>
public static class Synonyms
{
    private static readonly Lazy<IReadOnlyDictionary<string, string[]>> Rules = new(Load);

    /// <summary>The words added to a search for <paramref name="word"/>; empty when the list has none.</summary>
    public static IReadOnlyList<string> For(string word) =>
        Rules.Value.TryGetValue(word.ToLowerInvariant(), out var more) ? more : [];

    /// <summary>Every rule: the typed word and the words added (for the offline search).</summary>
    public static IEnumerable<(string Word, IReadOnlyList<string> More)> All =>
        Rules.Value.Select(r => (r.Key, (IReadOnlyList<string>)r.Value));

    private static IReadOnlyDictionary<string, string[]> Load()
    {
        var rules = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var line in WordLists.Lines("synonyms-de.txt"))
        {
            var parts = line.Split("=>", 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0)
            {
                throw new InvalidOperationException($"synonyms-de.txt: '{line}' is not of the form 'word => word, word'.");
            }

            rules[parts[0].ToLowerInvariant()] = parts[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        }

        return rules;
    }
}
