using Wegweiser.Core.Content;

namespace Wegweiser.Search.Querying;

/// <summary>
/// One page of results, the facet counts over all matches, and a suggestion when nothing matched.
/// <see cref="Words"/> are the words searched for: the typed words that carry meaning
/// (<see cref="Fillers"/>). The results are ranked by how many of them an entry matches; when none
/// matches all of them, <see cref="MatchedWords"/> says which words the results are for, and when
/// no word matches anything, the results are the entries of the words' topics
/// (<see cref="RelaxedTopics"/>).
/// </summary>
public sealed record SearchResults(
    IReadOnlyList<string> Words,
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets,
    string? DidYouMean)
{
    /// <summary>
    /// Set when no entry matches all <see cref="Words"/> together: the words that match something,
    /// for which the results are shown ("Keine Treffer für alle Wörter. Ergebnisse für: …").
    /// </summary>
    public IReadOnlyList<string>? MatchedWords { get; init; }

    /// <summary>
    /// Set when no word matched anything and the results are the entries of the topics of the
    /// words' thesaurus concepts: the keys of the topics that have results.
    /// </summary>
    public IReadOnlyList<string> RelaxedTopics { get; init; } = [];

    /// <summary>Whether the results match every word (or there are none): no relaxation to tell about.</summary>
    public bool AllWordsMatched => MatchedWords is null && RelaxedTopics.Count == 0;

    public int PageCount => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;

    public static SearchResults Empty(IReadOnlyList<string> words, int page, int pageSize, string? didYouMean = null) =>
        new(words, 0, page, pageSize, [], new Dictionary<string, IReadOnlyList<FacetCount>>(), didYouMean);
}

/// <summary>
/// One result. <see cref="TitleHtml"/> and <see cref="SnippetHtml"/> are HTML-encoded text in which
/// only the matched words are wrapped in <c>&lt;mark&gt;</c>.
/// </summary>
public sealed record SearchHit(string Key, ContentType Type, string Title, string TitleHtml, string SnippetHtml, string Url, bool IsFallback, float Score);

/// <summary>How many matching entries have <see cref="Value"/> (a type name, topic key or town key).</summary>
public sealed record FacetCount(string Value, int Count);
