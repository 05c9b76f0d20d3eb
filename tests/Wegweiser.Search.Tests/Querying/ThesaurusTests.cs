using System.Text.Json;
using Wegweiser.Search.Querying;

namespace Wegweiser.Search.Tests.Querying;

public class ThesaurusTests
{
    [Fact]
    public void The_maintained_file_loads_with_words_in_every_language()
    {
        var concepts = Thesaurus.Default.Concepts;

        Assert.InRange(concepts.Count, 30, 60);
        Assert.All(concepts, c => Assert.All(Thesaurus.Languages, l =>
            Assert.True(c.Words.ContainsKey(l), $"Concept '{c.Name}' has no words in '{l}'.")));
    }

    [Fact]
    public void Every_topic_and_need_exists_in_the_ilm_kreis_taxonomy()
    {
        var terms = TaxonomyKeys();

        Assert.All(Thesaurus.Default.Concepts, c =>
        {
            Assert.All(c.Topics, t => Assert.True(terms["topic"].Contains(t), $"Concept '{c.Name}': topic '{t}' is not in taxonomies.json."));
            Assert.All(c.Needs, n => Assert.True(terms["need"].Contains(n), $"Concept '{c.Name}': need '{n}' is not in taxonomies.json."));
        });
    }

    [Theory]
    [InlineData("Doktor", "arzt")]
    [InlineData("doctor", "arzt")]
    [InlineData("طبيب", "arzt")]
    [InlineData("الطبيب", "arzt")]
    // Persian keheh and yeh as well as their Arabic-keyboard spellings.
    [InlineData("دکتر", "arzt")]
    [InlineData("دكتر", "arzt")]
    [InlineData("پزشكي", "arzt")]
    [InlineData("лікаря", "arzt")]
    [InlineData("врачу", "arzt")]
    [InlineData("DOKTORA", "arzt")]
    [InlineData("квартиру", "wohnung")]
    [InlineData("квартира", "wohnung")]
    [InlineData("شقة", "wohnung")]
    [InlineData("kiralık", "wohnung")]
    [InlineData("Kita", "kita")]
    [InlineData("işi", "arbeit")]
    [InlineData("ücretsiz", "kostenlos")]
    [InlineData("ucretsiz", "kostenlos")]
    [InlineData("مجاناً", "kostenlos")]
    [InlineData("безкоштовно", "kostenlos")]
    public void Words_of_every_language_find_their_concept(string word, string concept)
    {
        Assert.Contains(concept, Thesaurus.Default.For(word).Select(c => c.Name));
    }

    [Theory]
    [InlineData("qxjz")]
    [InlineData("und")]
    [InlineData("")]
    public void Other_words_find_nothing(string word)
    {
        Assert.Empty(Thesaurus.Default.For(word));
    }

    [Theory]
    [InlineData("arzt de: arzt", "does not start with a concept name")]
    [InlineData("Arzt | de: arzt", "does not start with a concept name")]
    [InlineData("arzt | en: doctor", "has no German words")]
    [InlineData("arzt | de: arzt | xx: doctor", "'xx: doctor' is not 'topics: …'")]
    [InlineData("arzt | de: arzt | en doctor", "'en doctor' is not 'topics: …'")]
    [InlineData("arzt | de: arzt | en: family doctor", "'family doctor' is not one word")]
    [InlineData("arzt | de: arzt | uk: лі*", "'лі*' is not one word")]
    [InlineData("arzt | de: arzt | en: doc*tor", "'doc*tor' is not one word")]
    [InlineData("arzt | de: arzt*", "cannot end in '*'")]
    [InlineData("arzt | de: arzt | en:", "'en' lists nothing")]
    [InlineData("arzt | de: arzt | de: ärztin", "'de' appears twice")]
    [InlineData("arzt | topics: Gesundheit | de: arzt", "'Gesundheit' is not a taxonomy key")]
    public void A_bad_line_is_refused_with_the_line_and_the_reason(string line, string reason)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Thesaurus.Parse([line], "thesaurus.txt"));

        Assert.Contains($"thesaurus.txt: the line '{line}'", error.Message);
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void A_concept_may_appear_only_once()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Thesaurus.Parse(["arzt | de: arzt", "arzt | de: ärztin"], "thesaurus.txt"));

        Assert.Contains("concept 'arzt' appears twice", error.Message);
    }

    private static Dictionary<string, HashSet<string>> TaxonomyKeys()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Wegweiser.sln")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir.FullName, "content-recipes", "ilm-kreis", "taxonomies.json")));
        return json.RootElement.GetProperty("steps").EnumerateArray()
            .Where(s => s.TryGetProperty("taxonomy", out _))
            .ToDictionary(
                s => s.GetProperty("taxonomy").GetString()!,
                s => s.GetProperty("terms").EnumerateArray().Select(t => t.GetProperty("key").GetString()!).ToHashSet());
    }
}
