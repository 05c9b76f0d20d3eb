using Lucene.Net.Index;
using Lucene.Net.Search;
using Wegweiser.Core.Content;
using Wegweiser.Search.Indexing;

namespace Wegweiser.Search.Querying;

/// <summary>Runs a visitor's search on one culture's index.</summary>
public static class Searcher
{
    public const string TypeFacet = SearchFields.Type;
    public const string TopicFacet = SearchFields.Topic;
    public const string TownFacet = SearchFields.Town;
    public const string TargetGroupFacet = SearchFields.TargetGroup;
    public const string LanguageFacet = SearchFields.Language;
    public const string FreeFacet = SearchFields.Free;
    public const string AccessibleFacet = SearchFields.Accessible;

    /// <summary>The count of matches open now (value <see cref="SearchFields.Yes"/>), when the caller gave the open entries.</summary>
    public const string OpenNowFacet = "open";

    public static SearchResults Search(CultureIndex index, SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(request);
        var words = QueryWords.Of(request.Text);
        var page = request.SafePage;
        var pageSize = request.SafePageSize;
        if (words.Count == 0)
        {
            return SearchResults.Empty(words, page, pageSize);
        }

        var query = QueryBuilder.Build(words, index.QueryAnalyzer);
        return index.WithSearcher(searcher =>
        {
            if (query is null)
            {
                return SearchResults.Empty(words, page, pageSize);
            }

            var filter = FilterFor(request);
            var collector = new MatchCollector(request.OpenNow, request.OnlyOpenNow);
            searcher.Search(filter is null ? query : new FilteredQuery(query, new QueryWrapperFilter(filter)), collector);
            var all = collector.Ranked();
            if (all.Count == 0)
            {
                var unfiltered = filter is null && !request.OnlyOpenNow;
                return SearchResults.Empty(words, page, pageSize, unfiltered ? DidYouMean.Suggest(searcher.IndexReader, words) : null);
            }

            var highlights = new Highlights(searcher.Rewrite(query), index.QueryAnalyzer);
            var hits = all.Skip((page - 1) * pageSize).Take(pageSize).Select(s => Hit(searcher, s, highlights)).ToList();
            return new SearchResults(words, all.Count, page, pageSize, hits, Facets(collector, request.OpenNow is not null), null);
        });
    }

    /// <summary>Every chosen facet must match (any of its values); null when nothing is chosen.</summary>
    private static BooleanQuery? FilterFor(SearchRequest request)
    {
        var filter = new BooleanQuery();
        foreach (var (field, values) in request.Filters)
        {
            if (!SearchFields.Facets.Contains(field) || values.Count == 0)
            {
                continue;
            }

            var anyOf = new BooleanQuery();
            foreach (var value in values.Take(20))
            {
                anyOf.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
            }

            filter.Add(anyOf, Occur.MUST);
        }

        return filter.Clauses.Count > 0 ? filter : null;
    }

    private static SearchHit Hit(IndexSearcher searcher, ScoreDoc scoreDoc, Highlights highlights)
    {
        var doc = searcher.Doc(scoreDoc.Doc);
        var title = doc.Get(SearchFields.Title);
        return new SearchHit(
            doc.Get(SearchFields.Key),
            Enum.Parse<ContentType>(doc.Get(SearchFields.Type)),
            title,
            highlights.Title(title),
            highlights.Snippet(doc.Get(SearchFields.Summary), doc.Get(SearchFields.Body)),
            doc.Get(SearchFields.Url),
            doc.GetField(SearchFields.Fallback)?.GetInt32Value() == 1,
            scoreDoc.Score);
    }

    private static Dictionary<string, IReadOnlyList<FacetCount>> Facets(MatchCollector collector, bool countOpen)
    {
        var facets = collector.Counts().ToDictionary(
            c => c.Key,
            c => (IReadOnlyList<FacetCount>)c.Value
                .OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal)
                .Select(v => new FacetCount(v.Key, v.Value)).ToList());
        if (countOpen)
        {
            facets[OpenNowFacet] = collector.OpenCount > 0 ? [new FacetCount(SearchFields.Yes, collector.OpenCount)] : [];
        }

        return facets;
    }
}
