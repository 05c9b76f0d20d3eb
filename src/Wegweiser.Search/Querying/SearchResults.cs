using Wegweiser.Core.Content;

namespace Wegweiser.Search.Querying;

/// <summary>One page of results, the facet counts over all matches, and a suggestion when nothing matched.</summary>
public sealed record SearchResults(
    IReadOnlyList<string> Words,
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets,
    string? DidYouMean)
{
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
