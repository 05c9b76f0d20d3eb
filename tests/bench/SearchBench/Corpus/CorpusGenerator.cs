using System.Globalization;
using System.Text;
using Wegweiser.Bench.Words;
using Wegweiser.Core.Content;
using Wegweiser.Core.Workflow;

namespace Wegweiser.SearchBench.Corpus;

/// <summary>
/// Generates published entries from <see cref="WordPools"/> with a fixed seed: the same seed gives
/// the same corpus on every machine. Each entry is translated into every culture of the pools, the
/// way a well-kept directory would be, so every culture's index holds the whole corpus.
/// </summary>
internal static class CorpusGenerator
{
    public static IEnumerable<ContentItem> Generate(int count, int seed, DateTime nowUtc)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var offer = WordPools.Offers[random.Next(WordPools.Offers.Count)];
            var town = WordPools.Towns[random.Next(WordPools.Towns.Count)];
            var topic = WordPools.Topics[random.Next(WordPools.Topics.Count)];
            var slots = new Slots(offer.Names, WordPools.Audiences[random.Next(WordPools.Audiences.Count)], town.Names, topic.Names, WordPools.Days[random.Next(WordPools.Days.Count)]);
            var title = random.Next(3);
            var summary = random.Next(3);
            var sentences = Enumerable.Range(0, 4 + random.Next(5)).Select(_ => random.Next(1000)).ToArray();

            var key = $"gen-{i:D5}";
            var item = ContentItem.Create(offer.Type, key, nowUtc, "bench");
            var version = item.Latest;
            version.Data.Topics.Add(topic.Key);
            version.Data.Towns.Add(town.Key);
            for (var c = 0; c < WordPools.Cultures.Length; c++)
            {
                var culture = WordPools.Cultures[c];
                var body = new StringBuilder();
                var pool = WordPools.Sentences[culture];
                foreach (var s in sentences)
                {
                    body.Append(slots.Fill(pool[s % pool.Length], c)).Append(' ');
                }

                var fields = new Dictionary<string, string>
                {
                    [ContentFields.Summary] = slots.Fill(WordPools.Summaries[culture][summary], c),
                    [ContentFields.Body] = body.ToString().TrimEnd(),
                };
                version.SetTranslation(culture, key, slots.Fill(WordPools.Titles[culture][title], c), fields);
            }

            item.Transition(WorkflowState.Published, nowUtc);
            yield return item;
        }
    }

    private sealed record Slots(string[] Offer, string[] Audience, string[] Town, string[] Topic, string[] Day)
    {
        public string Fill(string template, int culture)
        {
            var text = template
                .Replace("{offer}", Offer[culture])
                .Replace("{aud}", Audience[culture])
                .Replace("{town}", Town[culture])
                .Replace("{topic}", Topic[culture])
                .Replace("{day}", Day[culture]);
            var culture0 = CultureInfo.GetCultureInfo(WordPools.Cultures[culture]);
            return text.Length > 0 ? char.ToUpper(text[0], culture0) + text[1..] : text;
        }
    }
}
