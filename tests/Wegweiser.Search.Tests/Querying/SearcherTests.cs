using Microsoft.Extensions.Logging.Abstractions;
using Wegweiser.Core.Content;
using Wegweiser.Search.Indexing;
using Wegweiser.Search.Querying;

namespace Wegweiser.Search.Tests.Querying;

public sealed class SearcherTests : IDisposable
{
    private readonly SearchIndexes _indexes = new(new SearchIndexOptions { InMemory = true }, NullLogger<SearchIndexes>.Instance);

    public SearcherTests()
    {
        _indexes.Rebuild("de",
        [
            Doc("mbe", ContentType.Service, "Migrationsberatung für Erwachsene", "Beratung für zugewanderte Erwachsene zu allen Fragen.", topics: ["beratung"], towns: ["arnstadt"]),
            Doc("sprachkurs-a1", ContentType.Course, "Sprachkurs A1 am Abend", "Deutsch lernen für Anfänger.", topics: ["sprache"], towns: ["ilmenau"]),
            Doc("kita", ContentType.Service, "Kindertagesstätte Sonnenschein", "Kinderbetreuung für Kinder ab einem Jahr.", topics: ["familie"], towns: ["arnstadt"]),
            Doc("arzt", ContentType.Service, "Ärztliche Sprechstunde ohne Versicherung", "Ein Arzt hilft auch ohne Krankenversicherung.", topics: ["gesundheit"], towns: ["ilmenau"]),
            Doc("strasse", ContentType.Club, "Straßenfest Ilmenau", "Ein Fest in der Langen Straße.", topics: ["freizeit"], towns: ["ilmenau"]),
        ]);
        _indexes.Rebuild("ar", [Doc("mbe", ContentType.Service, "استشارة الهجرة", "مساعدة للمهاجرين البالغين.", topics: ["beratung"], towns: ["arnstadt"])]);
    }

    [Theory]
    [InlineData("beratung", "mbe")]
    [InlineData("Beratung", "mbe")]
    [InlineData("Kurs", "sprachkurs-a1")]
    [InlineData("sprahkurs", "sprachkurs-a1")]
    [InlineData("sprachkurse abend", "sprachkurs-a1")]
    [InlineData("Kita", "kita")]
    [InlineData("doktor", "arzt")]
    [InlineData("aerztliche", "arzt")]
    [InlineData("strasse", "strasse")]
    [InlineData("Migrationsberatung", "mbe")]
    [InlineData("migrasionsberatung", "mbe")]
    public void German_queries_find_what_people_mean(string text, string expectedKey)
    {
        var results = _indexes.Search("de", new SearchRequest(text));

        Assert.Equal(expectedKey, results.Hits.First().Key);
    }

    [Fact]
    public void Arabic_words_are_found_in_the_arabic_index()
    {
        var results = _indexes.Search("ar", new SearchRequest("الهجرة"));

        Assert.Equal("mbe", Assert.Single(results.Hits).Key);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("(")]
    [InlineData(":")]
    [InlineData("*")]
    [InlineData("AND")]
    [InlineData("\\")]
    [InlineData("~")]
    [InlineData("beratung AND (kurs")]
    [InlineData("title:beratung*")]
    [InlineData("\"sprach kurs\"~2 OR \\ NOT [a TO z] ^3 {}")]
    [InlineData("   ")]
    [InlineData("")]
    [InlineData(null)]
    public void Query_syntax_never_throws(string? text)
    {
        var results = _indexes.Search("de", new SearchRequest(text));

        Assert.True(results.Total >= 0);
    }

    [Fact]
    public void Snippets_are_html_encoded_and_mark_the_match()
    {
        _indexes.Rebuild("en", [Doc("x", ContentType.Service, "Advice <script>", "Free advice & help for <b>everyone</b>.")]);

        var hit = _indexes.Search("en", new SearchRequest("advice")).Hits.Single();

        Assert.Equal("<mark>Advice</mark> &lt;script&gt;", hit.TitleHtml);
        Assert.Contains("<mark>advice</mark>", hit.SnippetHtml);
        Assert.Contains("&amp;", hit.SnippetHtml);
        Assert.DoesNotContain("<b>", hit.SnippetHtml);
    }

    [Fact]
    public void Snippets_keep_umlauts_readable()
    {
        var hit = _indexes.Search("de", new SearchRequest("ärztliche")).Hits.First();

        Assert.Equal("<mark>Ärztliche</mark> Sprechstunde ohne Versicherung", hit.TitleHtml);
    }

    [Fact]
    public void Facets_count_all_matches_and_pages_split_them()
    {
        var results = _indexes.Search("de", new SearchRequest("ilmenau arzt sprachkurs beratung", Page: 2, PageSize: 2));

        Assert.Equal(4, results.Total);
        Assert.Equal(2, results.Hits.Count);
        Assert.Equal(2, results.PageCount);
        Assert.Contains(new FacetCount("Service", 2), results.Facets[Searcher.TypeFacet]);
        Assert.Contains(new FacetCount("ilmenau", 3), results.Facets[Searcher.TownFacet]);
    }

    [Fact]
    public void Words_only_of_archived_or_replaced_entries_are_never_suggested()
    {
        // Arrange: a unique word, found and suggested while its entry is live
        Assert.Equal("sonnenschein", _indexes.Search("de", new SearchRequest("sonenschien")).DidYouMean);

        // Act: the Kita is archived (its document removed), the street festival replaced by a new version
        _indexes.Update("de", ["kita"], []);
        _indexes.Update("de", ["strasse"], [Doc("strasse", ContentType.Club, "Sommerfest Ilmenau", "Ein Fest im Park.", topics: ["freizeit"], towns: ["ilmenau"])]);

        // Assert: their words stay in Lucene's term dictionary until a merge, but are no longer offered
        Assert.Null(_indexes.Search("de", new SearchRequest("sonenschien")).DidYouMean);
        Assert.Null(_indexes.Search("de", new SearchRequest("ssonenschien")).DidYouMean);
        Assert.Equal(0, _indexes.Search("de", new SearchRequest("sonnenschein")).Total);
    }

    [Fact]
    public void No_hits_suggest_the_closest_words()
    {
        var results = _indexes.Search("de", new SearchRequest("sonenschien"));

        Assert.Equal(0, results.Total);
        Assert.Equal("sonnenschein", results.DidYouMean);
    }

    [Fact]
    public void A_rebuild_replaces_the_documents()
    {
        _indexes.Rebuild("de", [Doc("neu", ContentType.Event, "Begegnungsfest", "Ein Fest für alle.")]);

        Assert.Empty(_indexes.Search("de", new SearchRequest("beratung")).Hits);
        Assert.Equal("neu", _indexes.Search("de", new SearchRequest("fest")).Hits.Single().Key);
    }

    [Fact]
    public void An_update_replaces_only_the_given_entries()
    {
        _indexes.Update("de", ["kita", "arzt", "nicht-da"], [Doc("kita", ContentType.Service, "Kindertagesstätte Regenbogen", "Neu benannt.")]);

        Assert.Equal("kita", _indexes.Search("de", new SearchRequest("regenbogen")).Hits.Single().Key);
        Assert.Empty(_indexes.Search("de", new SearchRequest("sonnenschein")).Hits);
        Assert.Empty(_indexes.Search("de", new SearchRequest("versicherung")).Hits); // "arzt" left the index
        Assert.Equal("mbe", _indexes.Search("de", new SearchRequest("migrationsberatung")).Hits.First().Key); // others stay
    }

    public void Dispose() => _indexes.Dispose();

    private static SearchDocument Doc(string key, ContentType type, string title, string summary, string[]? topics = null, string[]? towns = null) =>
        new(key, type, title, summary, null, $"/de/x/{key}", false, topics ?? [], towns ?? []);
}
