using Lucene.Net.Index;
using Lucene.Net.Search;
using Wegweiser.Core.Content;
using Wegweiser.Search.Analysis;
using Wegweiser.Search.Indexing;

namespace Wegweiser.Search.Querying;

/// <summary>One suggestion as you type: an entry whose title has words beginning with what was typed.</summary>
public sealed record Suggestion(string Key, ContentType Type, string Title, string Url, bool IsFallback);

/// <summary>
/// Suggestions as you type, from the edge n-grams of the titles (<see cref="SearchFields.Suggest"/>):
/// every typed word must begin a title word, the last one may be unfinished. "sprachk ab" suggests
/// "Sprachkurs A1 am Abend".
/// </summary>
public static class Suggestions
{
    public const int MinLength = 2;
    public const int MaxCount = 10;

    public static IReadOnlyList<Suggestion> For(CultureIndex index, string? typed, int count = 6)
    {
        ArgumentNullException.ThrowIfNull(index);
        var words = QueryWords.Of(typed);
        if (words.Sum(w => w.Length) < MinLength)
        {
            return [];
        }

        var query = new BooleanQuery();
        using (var analyzer = SearchAnalyzers.SuggestQuery(index.Culture))
        {
            foreach (var token in SearchAnalyzers.Tokens(analyzer, string.Join(' ', words), SearchFields.Suggest).Distinct().Take(QueryWords.MaxWords))
            {
                var gram = token.Length > SearchAnalyzers.MaxSuggestGram ? token[..SearchAnalyzers.MaxSuggestGram] : token;
                query.Add(new TermQuery(new Term(SearchFields.Suggest, gram)), Occur.MUST);
            }
        }

        if (query.Clauses.Count == 0)
        {
            return [];
        }

        return index.WithSearcher(searcher =>
        {
            // Many titles share a beginning: take more than needed and prefer short titles among equals.
            var top = searcher.Search(query, Math.Clamp(count, 1, MaxCount) * 4);
            return top.ScoreDocs
                .Select(s => (s.Score, Doc: searcher.Doc(s.Doc)))
                .OrderByDescending(s => s.Score)
                .ThenBy(s => s.Doc.Get(SearchFields.Title).Length)
                .Take(Math.Clamp(count, 1, MaxCount))
                .Select(s => new Suggestion(
                    s.Doc.Get(SearchFields.Key),
                    Enum.Parse<ContentType>(s.Doc.Get(SearchFields.Type)),
                    s.Doc.Get(SearchFields.Title),
                    s.Doc.Get(SearchFields.Url),
                    s.Doc.GetField(SearchFields.Fallback)?.GetInt32Value() == 1))
                .ToList();
        });
    }
}
