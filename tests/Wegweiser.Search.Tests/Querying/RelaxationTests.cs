using Microsoft.Extensions.Logging.Abstractions;
using Wegweiser.Core.Content;
using Wegweiser.Search.Indexing;
using Wegweiser.Search.Querying;

namespace Wegweiser.Search.Tests.Querying;

/// <summary>
/// Sentences are searched for their meaningful words; when no entry has all of them the results say
/// for which words they are, and when no word matches, they are the entries of the words' topics.
/// </summary>
public sealed class RelaxationTests : IDisposable
{
    private readonly CultureIndex _index = CultureIndex.Open("de", null, NullLogger.Instance, cacheQueries: true);

    public RelaxationTests() => _index.Rebuild(
    [
        Doc("rueckkehr", "Rückkehrberatung", "Beratung zur freiwilligen Ausreise in das Heimatland.", ["gesundheit-soziales"]),
        Doc("arzt", "Sprechstunde ohne Krankenversicherung", "Ein Arzt hilft auch ohne Versicherung.", ["gesundheit-soziales"]),
        Doc("kurs", "Deutschkurs am Abend", "Deutsch lernen für Anfänger.", ["sprache-bildung"]),
        Doc("miete", "Hilfe beim Mietvertrag", "So verstehen Sie die Miete.", ["wohnen"]),
    ]);

    [Fact]
    public void A_sentence_is_searched_for_its_meaningful_words()
    {
        var results = Searcher.Search(_index, new SearchRequest("ich will zurück in mein Heimatland"));

        Assert.Equal(["zurück", "Heimatland"], results.Words);
        Assert.Equal("rueckkehr", results.Hits.First().Key);
    }

    [Fact]
    public void Results_that_match_every_word_say_so()
    {
        var results = Searcher.Search(_index, new SearchRequest("wo kann ich deutsch lernen"));

        Assert.Equal("kurs", results.Hits.First().Key);
        Assert.True(results.AllWordsMatched);
        Assert.Null(results.MatchedWords);
    }

    [Fact]
    public void When_no_entry_matches_all_words_the_results_name_the_words_that_matched()
    {
        var results = Searcher.Search(_index, new SearchRequest("deutschkurs xqzvwj miete"));

        Assert.False(results.AllWordsMatched);
        Assert.Equal(["deutschkurs", "miete"], results.MatchedWords);
        Assert.Equal(["kurs", "miete"], results.Hits.Select(h => h.Key).Order());
        Assert.Empty(results.RelaxedTopics);
    }

    [Fact]
    public void When_no_word_matches_the_results_are_the_entries_of_the_words_topics()
    {
        // "Schulden" is a thesaurus concept of the topic "gesundheit-soziales", and no entry has its words.
        var results = Searcher.Search(_index, new SearchRequest("was tun bei Schulden"));

        Assert.True(results.RelaxedTopics.Count > 0, $"Not relaxed to a topic: {results.Total} results ({string.Join(", ", results.Hits.Select(h => h.Key))}).");
        Assert.Equal(["gesundheit-soziales"], results.RelaxedTopics);
        Assert.Equal(["arzt", "rueckkehr"], results.Hits.Select(h => h.Key).Order());
        Assert.False(results.AllWordsMatched);
    }

    [Fact]
    public void Words_without_a_concept_that_match_nothing_give_no_results()
    {
        var results = Searcher.Search(_index, new SearchRequest("xqzvwj plorkt"));

        Assert.Equal(0, results.Total);
        Assert.Empty(results.RelaxedTopics);
    }

    [Fact]
    public void A_relaxed_result_is_kept_for_the_index_generation()
    {
        var first = Searcher.Search(_index, new SearchRequest("deutschkurs xqzvwj miete"));

        Assert.Same(first, Searcher.Search(_index, new SearchRequest("wo deutschkurs xqzvwj miete")));
    }

    public void Dispose() => _index.Dispose();

    private static SearchDocument Doc(string key, string title, string summary, string[] topics) =>
        new(key, ContentType.Service, title, summary, null, $"/de/x/{key}", false, topics, []);
}
