using Microsoft.Extensions.Logging.Abstractions;
using Wegweiser.Core.Content;
using Wegweiser.Search.Indexing;
using Wegweiser.Search.Querying;

namespace Wegweiser.Search.Tests.Querying;

/// <summary>Words in the visitor's language find entries that exist only in German, behind the ones in that language.</summary>
public sealed class ThesaurusSearchTests : IDisposable
{
    private readonly SearchIndexes _indexes = new(new SearchIndexOptions { InMemory = true }, NullLogger<SearchIndexes>.Instance);

    public ThesaurusSearchTests()
    {
        foreach (var culture in new[] { "ar", "fa", "uk", "ru", "tr" })
        {
            _indexes.Rebuild(culture,
            [
                Doc("lotsen", "Gesundheitslotsen", "Hilfe beim Arztbesuch und bei der Krankenversicherung.", ["gesundheit-soziales"]),
                Doc("chor", "Chor Ilmenau", "Wir singen jeden Dienstag.", ["kultur-freizeit-sport"]),
                Doc("miete", "Mietschulung", "So finden Sie eine Wohnung und verstehen den Mietvertrag.", ["wohnen"]),
            ]);
        }

        _indexes.Rebuild("ar",
        [
            Doc("lotsen", "Gesundheitslotsen", "Hilfe beim Arztbesuch und bei der Krankenversicherung.", ["gesundheit-soziales"]),
            Doc("arabisch", "طبيب للجميع", "يساعدك الطبيب في المستشفى.", ["gesundheit-soziales"], fallback: false),
            Doc("chor", "Chor Ilmenau", "Wir singen jeden Dienstag.", ["kultur-freizeit-sport"]),
        ]);
    }

    [Theory]
    [InlineData("fa", "دکتر", "lotsen")]
    [InlineData("fa", "دكتر", "lotsen")]
    [InlineData("uk", "лікар", "lotsen")]
    [InlineData("ru", "врача", "lotsen")]
    [InlineData("tr", "doktor", "lotsen")]
    [InlineData("uk", "квартиру", "miete")]
    [InlineData("ru", "квартира", "miete")]
    [InlineData("fa", "آپارتمان", "miete")]
    [InlineData("tr", "ev", "miete")]
    [InlineData("ru", "хор", "chor")]
    public void A_word_in_the_visitors_language_finds_the_german_entry(string culture, string text, string expected)
    {
        var hits = _indexes.Search(culture, new SearchRequest(text)).Hits;

        Assert.Equal(expected, hits.First().Key);
        Assert.True(hits.First().IsFallback);
    }

    [Fact]
    public void An_entry_in_the_visitors_language_ranks_before_the_german_one()
    {
        var keys = _indexes.Search("ar", new SearchRequest("طبيب")).Hits.Select(h => h.Key).ToList();

        Assert.Equal(["arabisch", "lotsen"], keys);
    }

    public void Dispose() => _indexes.Dispose();

    private static SearchDocument Doc(string key, string title, string summary, string[] topics, bool fallback = true) =>
        new(key, ContentType.Service, title, summary, null, $"/x/{key}", fallback, topics, []);
}
