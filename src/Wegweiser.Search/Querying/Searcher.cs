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
        var words = Fillers.Default.Meaningful(QueryWords.Of(request.Text));
        if (words.Count == 0)
        {
            return SearchResults.Empty(words, request.SafePage, request.SafePageSize);
        }

        return index.WithSearcher(generation =>
        {
            // Results are kept per index generation: a change of the index starts a new one, so a
            // kept result never shows a document that has since changed or gone.
            var key = CacheKey(words, request);
            if (generation.TryGetResults(key, out var kept))
            {
                return kept;
            }

            var results = Run(generation, index.QueryAnalyzer, words, request);
            generation.KeepResults(key, results);
            return results;
        });
    }

    private static SearchResults Run(IndexGeneration searcher, Lucene.Net.Analysis.Analyzer analyzer, IReadOnlyList<string> words, SearchRequest request)
    {
        var page = request.SafePage;
        var pageSize = request.SafePageSize;
        var perWord = QueryBuilder.PerWord(words, analyzer, searcher);
        var query = QueryBuilder.AnyOf(perWord.Select(w => w.Query));
        if (query is null)
        {
            return SearchResults.Empty(words, page, pageSize);
        }

        var filter = FilterFor(request);
        var (rewritten, collector) = Collect(searcher, query, filter, request, page * pageSize);
        if (collector.Total == 0)
        {
            var unfiltered = filter is null && !request.OnlyOpenNow;
            var didYouMean = unfiltered ? DidYouMean.Suggest(searcher.IndexReader, words) : null;
            return ByTopic(searcher, analyzer, words, filter, request) is { } byTopic
                ? byTopic with { DidYouMean = didYouMean }
                : SearchResults.Empty(words, page, pageSize, didYouMean);
        }

        var results = Page(searcher, analyzer, words, request, rewritten, collector);

        // Ranked by how many words match, the results may hold no entry that has them all: then the
        // page says for which words they are. Only a query of several words needs the extra
        // counts, and they are kept with the results.
        if (perWord.Count > 1 && Count(searcher, QueryBuilder.AllOf(perWord.Select(w => w.Query))!, filter, request) == 0)
        {
            results = results with { MatchedWords = perWord.Where(w => Count(searcher, w.Query, filter, request) > 0).Select(w => w.Word).ToList() };
        }

        return results;
    }

    /// <summary>
    /// The last step when no word matches anything: the entries of the topics of the words'
    /// thesaurus concepts; null when the words have no concept or its topics no entry.
    /// </summary>
    private static SearchResults? ByTopic(IndexGeneration searcher, Lucene.Net.Analysis.Analyzer analyzer, IReadOnlyList<string> words, BooleanQuery? filter, SearchRequest request)
    {
        var topics = words.SelectMany(w => Thesaurus.Default.For(w)).SelectMany(c => c.Topics).Distinct().ToList();
        if (QueryBuilder.OfTopics(topics) is not { } query)
        {
            return null;
        }

        var (rewritten, collector) = Collect(searcher, query, filter, request, request.SafePage * request.SafePageSize);
        if (collector.Total == 0)
        {
            return null;
        }

        var results = Page(searcher, analyzer, words, request, rewritten, collector);
        var found = results.Facets.GetValueOrDefault(TopicFacet)?.Select(f => f.Value).ToHashSet(StringComparer.Ordinal) ?? [];
        return results with { RelaxedTopics = topics.Where(found.Contains).ToList() };
    }

    private static (Query Rewritten, MatchCollector Collector) Collect(IndexGeneration searcher, Query query, BooleanQuery? filter, SearchRequest request, int keep)
    {
        // Rewriting once gives the search and the highlighter the same terms.
        var rewritten = searcher.Rewrite(query);
        var collector = new MatchCollector(request.OpenNow, request.OnlyOpenNow, keep);
        searcher.Search(Filtered(rewritten, filter), collector);
        return (rewritten, collector);
    }

    /// <summary>How many entries <paramref name="query"/> matches, with the request's filters.</summary>
    private static int Count(IndexGeneration searcher, Query query, BooleanQuery? filter, SearchRequest request)
    {
        var collector = new MatchCollector(request.OpenNow, request.OnlyOpenNow, keep: 0);
        searcher.Search(Filtered(searcher.Rewrite(query), filter), collector);
        return collector.Total;
    }

    private static Query Filtered(Query query, BooleanQuery? filter) =>
        filter is null ? query : new FilteredQuery(query, new QueryWrapperFilter(filter));

    private static SearchResults Page(IndexGeneration searcher, Lucene.Net.Analysis.Analyzer analyzer, IReadOnlyList<string> words, SearchRequest request, Query rewritten, MatchCollector collector)
    {
        var page = request.SafePage;
        var pageSize = request.SafePageSize;
        var highlights = new Highlights(rewritten, analyzer);
        var hits = collector.Best().Skip((page - 1) * pageSize).Select(s => Hit(searcher, s, highlights)).ToList();
        return new SearchResults(words, collector.Total, page, pageSize, hits, Facets(collector, request.OpenNow is not null), null);
    }

    /// <summary>Everything a search's results depend on, as one string: the words, the page and the filters.</summary>
    internal static string CacheKey(IReadOnlyList<string> words, SearchRequest request)
    {
        var key = new System.Text.StringBuilder();
        key.AppendJoin('\u001f', words).Append('\u001e').Append(request.SafePage).Append('/').Append(request.SafePageSize);
        foreach (var (field, values) in request.Filters.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            key.Append('\u001e').Append(field).Append('=').AppendJoin('\u001f', values.Order(StringComparer.Ordinal));
        }

        if (request.OpenNow is not null)
        {
            key.Append("\u001eopen").Append(request.OnlyOpenNow ? "!" : "").Append('=').AppendJoin('\u001f', request.OpenNow.Order(StringComparer.Ordinal));
        }

        return key.ToString();
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
