using Wegweiser.Bench.Words;
using Wegweiser.Tests.Shared.Relevance;

namespace Wegweiser.SearchBench.Corpus;

/// <summary>One query of the mix: the culture searched and what the visitor typed.</summary>
internal sealed record MixQuery(string Culture, string Text);

/// <summary>
/// The fixed query mix (fixed seed): every query of the relevance set, hostile input that must not
/// break any engine, and the rest drawn from the corpus words, half of them German, some German ones
/// with a typo.
/// </summary>
internal static class QueryMix
{
    /// <summary>Query syntax of FTS5, tsquery and Lucene, quotes and SQL, as a visitor might paste them.</summary>
    public static readonly IReadOnlyList<string> Hostile =
    [
        "\"Sprachkurs", "kurs*", "NEAR(sprach kurs)", "'); DROP TABLE docs_de; --", "Beratung OR", "AND NOT",
        "title:Chor^4", "\\", "(((", "-Beratung", "sprach & kurs | !verein", "Kita 🙂 ~~", "a:b:c", "   ",
    ];

    public static IReadOnlyList<MixQuery> Build(int count, int seed, IReadOnlyList<RelevanceQuery> relevance, IReadOnlyList<string> cultures)
    {
        var random = new Random(seed);
        var mix = relevance.Where(q => cultures.Contains(q.Culture)).Select(q => new MixQuery(q.Culture, q.Text)).ToList();
        mix.AddRange(Hostile.Select((text, i) => new MixQuery(cultures[i % cultures.Count], text)));
        var words = cultures.ToDictionary(c => c, Words);
        while (mix.Count < count)
        {
            var culture = random.Next(2) == 0 && cultures.Contains("de") ? "de" : cultures[random.Next(cultures.Count)];
            var pool = words[culture];
            var picked = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => pool[random.Next(pool.Count)]).ToList();
            if (culture == "de" && random.Next(6) == 0 && picked[0].Length >= 6)
            {
                // A typo: one letter dropped.
                var at = 1 + random.Next(picked[0].Length - 2);
                picked[0] = picked[0].Remove(at, 1);
            }

            mix.Add(new MixQuery(culture, string.Join(' ', picked)));
        }

        return mix.Take(count).ToList();
    }

    /// <summary>The words of offers, audiences and topics in one culture, without short function words.</summary>
    private static List<string> Words(string culture)
    {
        var c = Array.IndexOf(WordPools.Cultures, culture);
        if (c < 0)
        {
            throw new ArgumentException($"The word pools have no culture '{culture}'.", nameof(culture));
        }

        return WordPools.Offers.Select(o => o.Names[c])
            .Concat(WordPools.Audiences.Select(a => a[c]))
            .Concat(WordPools.Topics.Select(t => t.Names[c]))
            .Concat(WordPools.Towns.Select(t => t.Names[c]))
            .SelectMany(phrase => phrase.Split([' ', ',', '\''], StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length > 3)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
