using Microsoft.Extensions.Logging.Abstractions;
using Wegweiser.Core.Content;
using Wegweiser.Search.Indexing;
using Wegweiser.Search.Querying;

namespace Wegweiser.Search.Tests.Querying;

/// <summary>Filters narrow a query's matches; facets count the narrowed matches from the index.</summary>
public sealed class FilterAndFacetTests : IDisposable
{
    private readonly SearchIndexes _indexes = new(new SearchIndexOptions { InMemory = true }, NullLogger<SearchIndexes>.Instance);

    public FilterAndFacetTests()
    {
        _indexes.Rebuild("de",
        [
            Doc("mbe", ContentType.Service, "Migrationsberatung Arnstadt", ["arnstadt"], ["erwachsene"], ["ar", "ru"], free: true, accessible: true),
            Doc("jmd", ContentType.Service, "Jugendmigrationsdienst Beratung", ["ilmenau"], ["jugendliche"], ["ar"], free: true, accessible: false),
            Doc("kreis", ContentType.Service, "Beratung im ganzen Kreis", ["ilm-kreis"], ["erwachsene"], ["uk"], free: false, accessible: true),
            Doc("kurs", ContentType.Course, "Kurs mit Beratung", ["arnstadt"], ["frauen"], ["tr"], free: false, accessible: false),
        ]);
    }

    public static TheoryData<string, string[], string[]> Filters => new()
    {
        { SearchFields.Type, ["Course"], ["kurs"] },
        { SearchFields.Town, ["arnstadt"], ["mbe", "kurs"] },
        { SearchFields.Town, ["arnstadt", "ilm-kreis"], ["mbe", "kreis", "kurs"] },
        { SearchFields.TargetGroup, ["erwachsene"], ["mbe", "kreis"] },
        { SearchFields.Language, ["ar"], ["mbe", "jmd"] },
        { SearchFields.Free, [SearchFields.Yes], ["mbe", "jmd"] },
        { SearchFields.Accessible, [SearchFields.Yes], ["mbe", "kreis"] },
        { SearchFields.Language, ["fa"], [] },
        { "no-such-field", ["x"], ["mbe", "jmd", "kreis", "kurs"] },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public void A_filter_keeps_only_matching_entries(string field, string[] values, string[] expected)
    {
        var results = _indexes.Search("de", new SearchRequest("beratung", PageSize: 50)
        {
            Filters = new Dictionary<string, IReadOnlyList<string>> { [field] = values },
        });

        Assert.Equal(expected.Order(), results.Hits.Select(h => h.Key).Order());
        Assert.Equal(expected.Length, results.Total);
    }

    [Fact]
    public void Filters_combine_and_facets_count_what_is_left()
    {
        var results = _indexes.Search("de", new SearchRequest("beratung")
        {
            Filters = new Dictionary<string, IReadOnlyList<string>>
            {
                [SearchFields.Free] = [SearchFields.Yes],
                [SearchFields.Language] = ["ar"],
            },
        });

        Assert.Equal(2, results.Total);
        Assert.Equal([new FacetCount("ar", 2), new FacetCount("ru", 1)], results.Facets[Searcher.LanguageFacet]);
        Assert.Equal([new FacetCount(SearchFields.Yes, 1)], results.Facets[Searcher.AccessibleFacet]);
        Assert.Equal([new FacetCount("erwachsene", 1), new FacetCount("jugendliche", 1)], results.Facets[Searcher.TargetGroupFacet]);
        Assert.Null(results.DidYouMean);
    }

    [Fact]
    public void Open_now_is_counted_from_the_callers_set_and_can_filter()
    {
        var open = new HashSet<string> { "jmd", "kurs", "not-in-index" };

        var counted = _indexes.Search("de", new SearchRequest("beratung") { OpenNow = open });
        var filtered = _indexes.Search("de", new SearchRequest("beratung") { OpenNow = open, OnlyOpenNow = true });

        Assert.Equal(4, counted.Total);
        Assert.Equal([new FacetCount(SearchFields.Yes, 2)], counted.Facets[Searcher.OpenNowFacet]);
        Assert.Equal(["jmd", "kurs"], filtered.Hits.Select(h => h.Key).Order());
    }

    [Fact]
    public void A_filter_that_leaves_nothing_gives_an_empty_page_without_a_spelling_hint()
    {
        var results = _indexes.Search("de", new SearchRequest("beratung")
        {
            Filters = new Dictionary<string, IReadOnlyList<string>> { [SearchFields.Language] = ["fa"] },
        });

        Assert.Equal(0, results.Total);
        Assert.Null(results.DidYouMean);
    }

    [Fact]
    public void Facets_count_right_in_a_segment_with_more_different_values_than_fit_in_16_bits()
    {
        // Arrange: 70,000 different towns in one segment (facet positions above 65,535 need the wide arrays).
        using var indexes = new SearchIndexes(new SearchIndexOptions { InMemory = true }, NullLogger<SearchIndexes>.Instance);
        var towns = Enumerable.Range(0, 70_000).Select(i => $"ort-{i:D5}").ToArray();
        indexes.Rebuild("de",
        [
            Doc("viele", ContentType.Service, "Beratung an vielen Orten", towns, ["erwachsene"], ["ar"], free: true, accessible: false),
            Doc("letzter", ContentType.Service, "Beratung am letzten Ort", [towns[^1]], ["frauen"], ["ru"], free: false, accessible: false),
        ]);

        // Act
        var results = indexes.Search("de", new SearchRequest("beratung") { Filters = new Dictionary<string, IReadOnlyList<string>> { [SearchFields.Town] = [towns[^1]] } });

        // Assert: both entries are in the last town; the languages are counted per entry.
        Assert.Equal(2, results.Total);
        Assert.Equal([new FacetCount("ar", 1), new FacetCount("ru", 1)], results.Facets[Searcher.LanguageFacet]);
        Assert.Equal([new FacetCount("erwachsene", 1), new FacetCount("frauen", 1)], results.Facets[Searcher.TargetGroupFacet]);
    }

    public void Dispose() => _indexes.Dispose();

    private static SearchDocument Doc(string key, ContentType type, string title, string[] towns, string[] groups, string[] languages, bool free, bool accessible) =>
        new(key, type, title, "Eine Beratung.", null, $"/de/x/{key}", false, ["beratung"], towns)
        {
            TargetGroups = groups,
            Languages = languages,
            FreeOfCharge = free,
            WheelchairAccessible = accessible,
        };
}
