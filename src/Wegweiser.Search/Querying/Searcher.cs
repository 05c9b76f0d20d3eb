using Lucene.Net.Search;
using Wegweiser.Core.Content;
using Wegweiser.Search.Indexing;

namespace Wegweiser.Search.Querying;

/// <summary>Runs a visitor's search on one culture's index.</summary>
public static class Searcher
{
    public const string TypeFacet = "type";
    public const string TopicFacet = "topic";
    public const string TownFacet = "town";

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

            // A directory has hundreds of entries: all matches are collected, so the facets count them all.
            var all = searcher.Search(query, Math.Max(1, searcher.IndexReader.MaxDoc));
            if (all.TotalHits == 0)
            {
                return SearchResults.Empty(words, page, pageSize, DidYouMean.Suggest(searcher.IndexReader, words));
            }

            var highlights = new Highlights(searcher.Rewrite(query), index.QueryAnalyzer);
            var hits = all.ScoreDocs.Skip((page - 1) * pageSize).Take(pageSize)
                .Select(s => Hit(searcher, s, highlights)).ToList();
            return new SearchResults(words, all.TotalHits, page, pageSize, hits, Facets(searcher, all.ScoreDocs), null);
        });
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

    private static Dictionary<string, IReadOnlyList<FacetCount>> Facets(IndexSearcher searcher, ScoreDoc[] matches)
    {
        var fields = new HashSet<string> { SearchFields.Type, SearchFields.Topic, SearchFields.Town };
        var counts = fields.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal));
        foreach (var match in matches)
        {
            var doc = searcher.Doc(match.Doc, fields);
            foreach (var field in fields)
            {
                foreach (var value in doc.GetValues(field).Distinct())
                {
                    counts[field][value] = counts[field].GetValueOrDefault(value) + 1;
                }
            }
        }

        return new Dictionary<string, IReadOnlyList<FacetCount>>
        {
            [TypeFacet] = Ordered(counts[SearchFields.Type]),
            [TopicFacet] = Ordered(counts[SearchFields.Topic]),
            [TownFacet] = Ordered(counts[SearchFields.Town]),
        };

        static IReadOnlyList<FacetCount> Ordered(Dictionary<string, int> values) =>
            values.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).Select(v => new FacetCount(v.Key, v.Value)).ToList();
    }
}
