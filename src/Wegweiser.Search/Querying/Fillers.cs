using Wegweiser.Search.Analysis;

namespace Wegweiser.Search.Querying;

/// <summary>
/// The maintained words that carry no meaning in a search (<c>Analysis/fillers.txt</c>): question
/// words, pronouns, modal and auxiliary verbs, articles, prepositions and fillers of the seven
/// languages. "wo kann ich deutsch lernen" searches for "deutsch lernen"; a query of only such
/// words ("wer", "how") keeps them, so it is still searched for.
/// </summary>
public sealed class Fillers
{
    public const string FileName = "fillers.txt";

    private static readonly Lazy<Fillers> Maintained = new(() => Parse(WordLists.Lines(FileName), FileName));

    private readonly HashSet<string> _folded;

    private Fillers(IReadOnlyDictionary<string, IReadOnlyList<string>> byLanguage)
    {
        ByLanguage = byLanguage;
        _folded = byLanguage.Values.SelectMany(w => w).Select(WordFolding.Fold).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The list embedded in this assembly.</summary>
    public static Fillers Default => Maintained.Value;

    /// <summary>Language code → its words as listed.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ByLanguage { get; }

    /// <summary>Whether <paramref name="word"/> is a filler of any of the site's languages.</summary>
    public bool IsFiller(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return _folded.Contains(WordFolding.Fold(word));
    }

    /// <summary>
    /// The words of <paramref name="words"/> that carry meaning, in their order; all of them when
    /// every one is a filler.
    /// </summary>
    public IReadOnlyList<string> Meaningful(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var meaningful = words.Where(w => !IsFiller(w)).ToList();
        return meaningful.Count > 0 ? meaningful : words;
    }

    /// <summary>Reads the list's lines (comments and blank lines already removed); a bad line throws with the reason.</summary>
    internal static Fillers Parse(IEnumerable<string> lines, string source)
    {
        var byLanguage = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var line in lines)
        {
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                var language = line[1..^1].Trim();
                if (!Thesaurus.Languages.Contains(language) || byLanguage.ContainsKey(language))
                {
                    throw new InvalidOperationException($"{source}: '{line}' is not a new section of one of {string.Join(", ", Thesaurus.Languages)}.");
                }

                byLanguage[language] = current = [];
                continue;
            }

            if (current is null)
            {
                throw new InvalidOperationException($"{source}: '{line}' comes before the first section ('[de]').");
            }

            foreach (var word in line.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (QueryWords.Of(word) is not [var only] || only != word)
                {
                    throw new InvalidOperationException($"{source}: '{word}' is not one word (letters and digits only).");
                }

                current.Add(word);
            }
        }

        return new Fillers(byLanguage);
    }
}
