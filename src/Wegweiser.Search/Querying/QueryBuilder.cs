using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Wegweiser.Search.Analysis;
using Wegweiser.Search.Indexing;

namespace Wegweiser.Search.Querying;

/// <summary>
/// Builds the Lucene query for a visitor's words: each word matches exactly or with a few typos
/// (<see cref="QueryWords.MaxEdits"/>) in title, summary or body, weighted by field; everyday words
/// add their synonyms. Words are combined with OR, so more matching words rank higher.
/// </summary>
public static class QueryBuilder
{
    private const float FuzzyWeight = 0.5f;
    private const float SynonymWeight = 0.8f;

    /// <summary>The query, or null when no word is left after analysis (only stop words, say).</summary>
    public static Query? Build(IReadOnlyList<string> words, Analyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(analyzer);
        var query = new BooleanQuery();
        foreach (var word in words)
        {
            var perWord = new BooleanQuery();
            AddTerms(perWord, word, analyzer, 1f, QueryWords.MaxEdits(word));
            foreach (var synonym in Synonyms.For(word))
            {
                AddTerms(perWord, synonym, analyzer, SynonymWeight, maxEdits: 0);
            }

            if (perWord.Clauses.Count > 0)
            {
                query.Add(perWord, Occur.SHOULD);
            }
        }

        return query.Clauses.Count > 0 ? query : null;
    }

    private static void AddTerms(BooleanQuery into, string word, Analyzer analyzer, float weight, int maxEdits)
    {
        foreach (var term in SearchAnalyzers.Tokens(analyzer, word))
        {
            foreach (var (field, boost) in SearchFields.Weighted)
            {
                into.Add(new TermQuery(new Term(field, term)) { Boost = boost * weight }, Occur.SHOULD);
                if (maxEdits > 0 && term.Length > maxEdits)
                {
                    into.Add(new FuzzyQuery(new Term(field, term), maxEdits) { Boost = boost * weight * FuzzyWeight }, Occur.SHOULD);
                }
            }
        }
    }
}
