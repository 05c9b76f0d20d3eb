using System.Text.RegularExpressions;
using Wegweiser.Search.Analysis;

namespace Wegweiser.Search.Querying;

/// <summary>
/// The maintained multilingual thesaurus (<c>Analysis/thesaurus.txt</c>): everyday words in every
/// language of the site, linked to the German words of the entries and to topics. The words of all
/// languages are looked up together, so a visitor who types English on the German pages, or
/// German on the Arabic ones, is understood too.
/// </summary>
public sealed partial class Thesaurus
{
    public const string FileName = "thesaurus.txt";

    /// <summary>The languages whose words a line may list, German first.</summary>
    public static readonly IReadOnlyList<string> Languages = ["de", "en", "ar", "fa", "uk", "ru", "tr"];

    private const int MinPrefixLength = 3;

    private static readonly Lazy<Thesaurus> Maintained = new(() => Parse(WordLists.Lines(FileName), FileName));

    private readonly Dictionary<string, List<ThesaurusConcept>> _exact = new(StringComparer.Ordinal);
    private readonly List<(string Prefix, ThesaurusConcept Concept)> _prefixes = [];
    private readonly Dictionary<string, int> _order = new(StringComparer.Ordinal);

    private Thesaurus(IReadOnlyList<ThesaurusConcept> concepts)
    {
        Concepts = concepts;
        foreach (var concept in concepts)
        {
            _order[concept.Name] = _order.Count;
            foreach (var word in concept.Words.Values.SelectMany(w => w))
            {
                if (word.EndsWith('*'))
                {
                    _prefixes.Add((WordFolding.Fold(word[..^1]), concept));
                }
                else
                {
                    var folded = WordFolding.Fold(word);
                    if (!_exact.TryGetValue(folded, out var list))
                    {
                        _exact[folded] = list = [];
                    }

                    if (!list.Contains(concept))
                    {
                        list.Add(concept);
                    }
                }
            }
        }
    }

    /// <summary>The thesaurus embedded in this assembly.</summary>
    public static Thesaurus Default => Maintained.Value;

    public IReadOnlyList<ThesaurusConcept> Concepts { get; }

    /// <summary>The concepts <paramref name="word"/> belongs to, in file order; empty when none.</summary>
    public IReadOnlyList<ThesaurusConcept> For(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var found = new List<ThesaurusConcept>();
        foreach (var form in WordFolding.Forms(word))
        {
            if (_exact.TryGetValue(form, out var concepts))
            {
                found.AddRange(concepts);
            }

            found.AddRange(_prefixes.Where(p => form.StartsWith(p.Prefix, StringComparison.Ordinal)).Select(p => p.Concept));
        }

        return found.Distinct().OrderBy(c => _order[c.Name]).ToList();
    }

    /// <summary>Reads thesaurus lines (comments and blank lines already removed); a bad line throws with the reason.</summary>
    internal static Thesaurus Parse(IEnumerable<string> lines, string source)
    {
        var concepts = new List<ThesaurusConcept>();
        foreach (var line in lines)
        {
            concepts.Add(ParseLine(line, source, concepts));
        }

        return new Thesaurus(concepts);
    }

    private static ThesaurusConcept ParseLine(string line, string source, List<ThesaurusConcept> before)
    {
        var segments = line.Split('|', StringSplitOptions.TrimEntries);
        var name = segments[0];
        if (!ConceptName().IsMatch(name))
        {
            throw Bad("does not start with a concept name (lower case letters, digits, '-') followed by '|'");
        }

        if (before.Any(c => c.Name == name))
        {
            throw Bad($"concept '{name}' appears twice");
        }

        var lists = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var segment in segments.Skip(1))
        {
            var (label, list) = SplitSegment(segment, Bad);
            if (lists.ContainsKey(label))
            {
                throw Bad($"'{label}' appears twice");
            }

            lists[label] = ParseItems(label, list, Bad);
        }

        if (!lists.TryGetValue("de", out var german))
        {
            throw Bad("has no German words ('de: …')");
        }

        return new ThesaurusConcept(
            name,
            lists.GetValueOrDefault("topics") ?? [],
            lists.GetValueOrDefault("needs") ?? [],
            german,
            Languages.Where(lists.ContainsKey).ToDictionary(l => l, l => lists[l]));

        InvalidOperationException Bad(string problem) => new($"{source}: the line '{line}' {problem}.");
    }

    /// <summary>Splits "label: a, b" into its label (topics, needs or a language) and the list after the colon.</summary>
    private static (string Label, string List) SplitSegment(string segment, Func<string, InvalidOperationException> bad)
    {
        var colon = segment.IndexOf(':', StringComparison.Ordinal);
        var label = colon < 0 ? segment : segment[..colon].Trim();
        if (colon < 0 || !(label is "topics" or "needs" || Languages.Contains(label)))
        {
            throw bad($"'{segment}' is not 'topics: …', 'needs: …' or one of {string.Join(", ", Languages)} followed by ':'");
        }

        return (label, segment[(colon + 1)..]);
    }

    /// <summary>The comma-separated items of one list: taxonomy keys for topics and needs, single words for a language.</summary>
    private static string[] ParseItems(string label, string list, Func<string, InvalidOperationException> bad)
    {
        var items = list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (items.Length == 0)
        {
            throw bad($"'{label}' lists nothing");
        }

        foreach (var item in items)
        {
            if (label == "de" && item.EndsWith('*'))
            {
                throw bad($"'{item}': German words are added to the search as they are and cannot end in '*'");
            }

            var valid = label is "topics" or "needs" ? ConceptName().IsMatch(item) : IsWord(item);
            if (!valid)
            {
                throw bad(label is "topics" or "needs"
                    ? $"'{item}' is not a taxonomy key"
                    : $"'{item}' is not one word (letters and digits only; '*' only at the end, after at least {MinPrefixLength} letters)");
            }
        }

        return items;
    }

    private static bool IsWord(string item)
    {
        var stem = item.EndsWith('*') ? item[..^1] : item;
        return stem.Length >= (item.EndsWith('*') ? MinPrefixLength : 1) && QueryWords.Of(stem) is [var only] && only == stem;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ConceptName();
}
