using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util.Automaton;
using Wegweiser.Search.Indexing;

namespace Wegweiser.Search.Querying;

/// <summary>
/// The index terms a misspelt word may stand for, in each text field: the terms within its edit
/// distance (an adjacent transposition counts as one edit), at most
/// <see cref="FuzzyQuery.DefaultMaxExpansions"/> per field, the closest first, each with
/// <see cref="FuzzyQuery"/>'s similarity (1 − edits / length of the shorter word). That is the
/// term set and weighting a <see cref="FuzzyQuery"/> per field rewrites to, found with one
/// Levenshtein automaton for all fields instead of three sets of automata per field and search:
/// building the automata was most of the time a query with a typo took.
/// </summary>
internal sealed class FuzzyExpansion
{
    private FuzzyExpansion(IReadOnlyDictionary<string, IReadOnlyList<(string Term, float Similarity)>> byField) => ByField = byField;

    /// <summary>Text field → the terms found in it with their similarity, best first.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<(string Term, float Similarity)>> ByField { get; }

    public static FuzzyExpansion Find(IndexReader reader, string term, int maxEdits)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrEmpty(term);
        var word = CodePoints(term);
        var automaton = new CompiledAutomaton(new LevenshteinAutomata(term, withTranspositions: true).ToAutomaton(maxEdits), true, false);
        var byField = new Dictionary<string, IReadOnlyList<(string, float)>>(StringComparer.Ordinal);
        foreach (var (field, _) in SearchFields.Weighted)
        {
            var found = new List<(string Term, float Similarity)>();
            var terms = MultiFields.GetTerms(reader, field);
            if (terms is not null)
            {
                var matches = automaton.GetTermsEnum(terms);
                while (matches.MoveNext())
                {
                    var text = matches.Term.Utf8ToString();
                    var candidate = CodePoints(text);
                    var edits = EditDistance.Restricted(word, candidate, maxEdits);
                    var shorter = Math.Min(word.Length, candidate.Length);
                    // FuzzyQuery's rule: a term matches only if it has fewer edits than letters.
                    if (edits <= maxEdits && edits < shorter)
                    {
                        found.Add((text, 1f - (float)edits / shorter));
                    }
                }
            }

            // FuzzyQuery keeps the most similar terms, and of equally similar ones the first in term order.
            byField[field] = found
                .OrderByDescending(f => f.Similarity)
                .ThenBy(f => f.Term, StringComparer.Ordinal)
                .Take(FuzzyQuery.DefaultMaxExpansions)
                .ToList();
        }

        return new FuzzyExpansion(byField);
    }

    /// <summary>
    /// The terms of <paramref name="field"/> as one clause, each weighted by <paramref name="boost"/>
    /// times its similarity, without coord: what a <see cref="FuzzyQuery"/> rewrites to.
    /// </summary>
    public BooleanQuery Query(string field, float boost)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var (term, similarity) in ByField.GetValueOrDefault(field) ?? [])
        {
            query.Add(new TermQuery(new Term(field, term)) { Boost = boost * similarity }, Occur.SHOULD);
        }

        return query;
    }

    private static int[] CodePoints(string text)
    {
        var points = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogatePair(text, i))
            {
                points.Add(char.ConvertToUtf32(text[i], text[i + 1]));
                i++;
            }
            else
            {
                points.Add(text[i]);
            }
        }

        return points.ToArray();
    }
}
