using Microsoft.Extensions.Logging.Abstractions;
using Wegweiser.Core.Content;
using Wegweiser.Search.Indexing;
using Wegweiser.Search.Querying;

namespace Wegweiser.Search.Tests.Querying;

/// <summary>The caches of an index generation never show what the index no longer holds.</summary>
public sealed class QueryCacheTests : IDisposable
{
    private readonly CultureIndex _index = CultureIndex.Open("de", null, NullLogger.Instance, cacheQueries: true);

    public QueryCacheTests() => _index.Rebuild(
    [
        Doc("mbe", "Migrationsberatung für Erwachsene", "Beratung für zugewanderte Erwachsene."),
        Doc("kita", "Kindertagesstätte Sonnenschein", "Kinderbetreuung ab einem Jahr."),
    ]);

    [Fact]
    public void A_repeated_search_is_answered_from_the_cache()
    {
        var first = Searcher.Search(_index, new SearchRequest("beratung"));

        Assert.Same(first, Searcher.Search(_index, new SearchRequest("beratung")));
        Assert.NotSame(first, Searcher.Search(_index, new SearchRequest("beratung", Page: 2)));
    }

    [Fact]
    public void A_new_changed_or_removed_entry_shows_on_the_next_search()
    {
        Assert.Equal(["mbe"], Keys("beratung"));

        _index.Update(["neu"], [Doc("neu", "Sozialberatung", "Beratung in allen Lebenslagen.")]);
        Assert.Equal(["mbe", "neu"], Keys("beratung").Order());

        _index.Update(["mbe"], [Doc("mbe", "Kochkurs", "Essen für alle.")]);
        Assert.Equal(["neu"], Keys("beratung"));

        _index.Update(["neu"], []);
        Assert.Empty(Keys("beratung"));

        _index.Rebuild([Doc("fest", "Beratungsfest", "Beratung beim Fest.")]);
        Assert.Equal(["fest"], Keys("beratung"));
    }

    [Fact]
    public void A_fuzzy_expansion_is_not_reused_after_the_index_changed()
    {
        // "migrasionsberatung" is not in the index: it is expanded to "migrationsberatung" and kept.
        Assert.Equal(["mbe"], Keys("migrasionsberatung"));

        _index.Update(["mbe"], [Doc("mbe", "Migrationsdienst", "Hilfe für Zugewanderte.")]);
        _index.Update(["neu"], [Doc("neu", "Migrationsberatungen im Kreis", "Hilfe für Zugewanderte.")]);

        // The old expansion held "migrationsberatung", which is gone; the new index has "migrationsberatungen".
        Assert.Equal(["neu"], Keys("migrasionsberatung"));
    }

    [Fact]
    public void Searches_run_safely_while_entries_are_replaced()
    {
        var failures = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        using var stop = new CancellationTokenSource();
        var searchers = Enumerable.Range(0, 4).Select(i => Task.Run(() =>
        {
            var words = new[] { "beratung", "migrasionsberatung", "kinderbetreung", "sonnenschein" };
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    var results = Searcher.Search(_index, new SearchRequest(words[i]));
                    Assert.True(results.Total >= 0);
                }
                catch (Exception e)
                {
                    failures.Enqueue(e);
                    return;
                }
            }
        })).ToArray();

        for (var n = 0; n < 50; n++)
        {
            _index.Update([$"e{n}"], [Doc($"e{n}", $"Beratung Nummer {n}", "Kinderbetreuung und Beratung.")]);
        }

        stop.Cancel();
        Task.WaitAll(searchers);

        Assert.Empty(failures);
        Assert.Equal(51, Searcher.Search(_index, new SearchRequest("beratung", PageSize: 50)).Total);
    }

    [Fact]
    public void Without_caching_every_search_is_worked_out_afresh()
    {
        using var index = CultureIndex.Open("de", null, NullLogger.Instance, cacheQueries: false);
        index.Rebuild([Doc("mbe", "Migrationsberatung", "Beratung.")]);

        var first = Searcher.Search(index, new SearchRequest("beratung"));

        Assert.NotSame(first, Searcher.Search(index, new SearchRequest("beratung")));
        Assert.Equal(first.Hits.Select(h => h.Key), Searcher.Search(index, new SearchRequest("beratung")).Hits.Select(h => h.Key));
    }

    public void Dispose() => _index.Dispose();

    private List<string> Keys(string text) => Searcher.Search(_index, new SearchRequest(text)).Hits.Select(h => h.Key).ToList();

    private static SearchDocument Doc(string key, string title, string summary) =>
        new(key, ContentType.Service, title, summary, null, $"/de/angebote/{key}", false, [], []);
}
