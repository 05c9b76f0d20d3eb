using Wegweiser.Core.Content;

namespace Wegweiser.Bench.Words;

/// <summary>
/// Parallel word pools of the generated corpus: every line holds the same thing in de, en, ar, fa,
/// uk, ru and tr (in <see cref="Cultures"/> order), so one generated entry reads naturally in each
/// language. Phrases carry their preposition ("für Frauen", "в Арнштадте").
/// </summary>
internal static class WordPools
{
    public static readonly string[] Cultures = ["de", "en", "ar", "fa", "uk", "ru", "tr"];

    /// <summary>Offers: content type, then the phrase per culture. German ones are mostly compounds.</summary>
    public static readonly IReadOnlyList<(ContentType Type, string[] Names)> Offers = Parse(PoolTexts.Offers)
        .Select(p => (Enum.Parse<ContentType>(p[0]), p[1..])).ToList();

    public static readonly IReadOnlyList<string[]> Audiences = Parse(PoolTexts.Audiences);

    /// <summary>Towns: taxonomy key, then "in town" per culture.</summary>
    public static readonly IReadOnlyList<(string Key, string[] Names)> Towns = Parse(PoolTexts.Towns).Select(p => (p[0], p[1..])).ToList();

    /// <summary>Topics: taxonomy key, then the name per culture.</summary>
    public static readonly IReadOnlyList<(string Key, string[] Names)> Topics = Parse(PoolTexts.Topics).Select(p => (p[0], p[1..])).ToList();

    public static readonly IReadOnlyList<string[]> Days = Parse(PoolTexts.Days);

    /// <summary>Templates per culture, with the slots {offer}, {aud}, {town}, {topic}, {day}.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Titles = Templates(PoolTexts.Titles);

    public static readonly IReadOnlyDictionary<string, string[]> Summaries = Templates(PoolTexts.Summaries);

    public static readonly IReadOnlyDictionary<string, string[]> Sentences = Templates(PoolTexts.Sentences);

    private static List<string[]> Parse(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(line => line.Split('|'))
        .ToList();

    /// <summary>Blocks "== culture" followed by one template a line.</summary>
    private static Dictionary<string, string[]> Templates(string text)
    {
        var result = new Dictionary<string, string[]>();
        foreach (var block in text.Split("== ", StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = block.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            result[lines[0]] = lines[1..];
        }

        return result;
    }
}
