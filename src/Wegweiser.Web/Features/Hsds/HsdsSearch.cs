using Wegweiser.Core.Content;
using Wegweiser.Search.Indexing;
using Wegweiser.Search.Querying;

namespace Wegweiser.Web.Features.Hsds;

/// <summary>
/// The <c>search</c> parameter goes through the site's own search (compounds, typos, the
/// thesaurus across languages): the keys of the matching entries of the given types, best first.
/// </summary>
public static class HsdsSearch
{
    /// <summary>At most this many matches are considered, like a visitor paging through the search.</summary>
    public const int MaxMatches = 1000;

    private const int PageSize = 50;

    public static IReadOnlyList<string> Keys(SearchIndexes indexes, string culture, string text, IEnumerable<ContentType> types)
    {
        var filters = new Dictionary<string, IReadOnlyList<string>>
        {
            [Searcher.TypeFacet] = types.Select(t => t.ToString()).ToList(),
        };
        var keys = new List<string>();
        for (var page = 1; page <= MaxMatches / PageSize; page++)
        {
            var results = indexes.Search(culture, new SearchRequest(text, page, PageSize) { Filters = filters });
            keys.AddRange(results.Hits.Select(h => h.Key));
            if (page >= results.PageCount)
            {
                break;
            }
        }

        return keys.Distinct(StringComparer.Ordinal).ToList();
    }
}
