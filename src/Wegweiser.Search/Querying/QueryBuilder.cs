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
/// A word of the <see cref="Thesaurus"/>, in any language, also looks for its concept's words in
/// every language, German first (an index holds the translated entries in its language and the
/// others in German, both analysed with the culture's analyzer) and lifts the matches that belong
/// to its topics, all weighted below the word itself, so entries in the visitor's language that contain the word
/// stay ahead of German ones found through the thesaurus. The parts
/// of a German compound ("Fahrradreparatur": "fahrrad", "reparatur") count a little, for entries
/// that share a part but not the whole word.
/// </summary>
internal static class QueryBuilder
{
    private const float FuzzyWeight = 0.5f;
    private const float SynonymWeight = 0.8f;
    private const float ThesaurusWeight = 0.6f;
    private const float TopicWeight = 0.6f;
    private const float PartWeight = 0.2f;

    // Within one concept (or one compound's parts) the best word counts fully and each further
    // one half: an entry that uses several of a concept's words is more about it, but does not
    // outrank the visitor's own word merely by using many of them.
    private const float TieBreaker = 0.5f;

    /// <summary>The query, or null when no word is left after analysis (only stop words, say).</summary>
    /// <param name="words">The visitor's words.</param>
    /// <param name="analyzer">The culture's query analyzer.</param>
    /// <param name="index">
    /// The index generation searched. A word it knows as typed is taken as spelt right and gets no
    /// fuzzy variants, which are the expensive part of a query; the others are expanded to the
    /// index terms close to them (<see cref="FuzzyExpansion"/>).
    /// </param>
    public static Query? Build(IReadOnlyList<string> words, Analyzer analyzer, IndexGeneration index) =>
        AnyOf(PerWord(words, analyzer, index).Select(w => w.Query));

    /// <summary>The words combined with OR: more matching words rank higher. Null when there are none.</summary>
    public static BooleanQuery? AnyOf(IEnumerable<Query> perWord) => Combine(perWord, Occur.SHOULD);

    /// <summary>The words combined with AND: what matches every one of them. Null when there are none.</summary>
    public static BooleanQuery? AllOf(IEnumerable<Query> perWord) => Combine(perWord, Occur.MUST);

    /// <summary>
    /// The entries of <paramref name="topics"/> (keys of the topic taxonomy), all alike: the last
    /// step of a search whose words match nothing. Null when there are no topics.
    /// </summary>
    public static BooleanQuery? OfTopics(IEnumerable<string> topics) =>
        Combine(topics.Select(t => new TermQuery(new Term(SearchFields.Topic, t))), Occur.SHOULD);

    /// <summary>
    /// Each word with its query (the word, its typos, synonyms, thesaurus concepts and compound
    /// parts); a word that leaves nothing after analysis and has no concept is left out.
    /// </summary>
    public static IReadOnlyList<(string Word, Query Query)> PerWord(IReadOnlyList<string> words, Analyzer analyzer, IndexGeneration index)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(index);
        var result = new List<(string Word, Query Query)>();
        foreach (var word in words)
        {
            var perWord = new BooleanQuery();
            AddTerms(perWord, word, analyzer, 1f, QueryWords.MaxEdits(word), index);
            foreach (var synonym in Synonyms.For(word))
            {
                AddTerms(perWord, synonym, analyzer, SynonymWeight, maxEdits: 0);
            }

            var concepts = Thesaurus.Default.For(word);
            var wider = concepts.Select(c => ConceptWords(c, analyzer)).OfType<Query>().ToList();
            if (Parts(word, analyzer) is { } parts)
            {
                wider.Add(parts);
            }

            if (wider.Count > 0)
            {
                // Without coord here: a match through the thesaurus or a compound part adds to the
                // word's own score instead of diluting it.
                var widened = new BooleanQuery(disableCoord: true);
                if (perWord.Clauses.Count > 0)
                {
                    widened.Add(perWord, Occur.SHOULD);
                }

                wider.ForEach(q => widened.Add(q, Occur.SHOULD));
                perWord = widened;
            }

            var topics = concepts.SelectMany(c => c.Topics).Distinct().ToList();
            if (perWord.Clauses.Count > 0 && topics.Count > 0)
            {
                // The topics only lift entries that match a word: they do not make every entry of
                // the topic a result.
                var lifted = new BooleanQuery(disableCoord: true) { { perWord, Occur.MUST } };
                topics.ForEach(t => lifted.Add(new TermQuery(new Term(SearchFields.Topic, t)) { Boost = TopicWeight }, Occur.SHOULD));
                perWord = lifted;
            }

            if (perWord.Clauses.Count > 0)
            {
                result.Add((word, perWord));
            }
        }

        return result;
    }

    private static BooleanQuery? Combine(IEnumerable<Query> queries, Occur occur)
    {
        var query = new BooleanQuery();
        foreach (var q in queries)
        {
            query.Add(q, occur);
        }

        return query.Clauses.Count > 0 ? query : null;
    }

    /// <summary>
    /// The words of one concept: its German words and its words in every language (an index holds
    /// the translated entries in its language, the others in German).
    /// </summary>
    private static Query? ConceptWords(ThesaurusConcept concept, Analyzer analyzer) =>
        Best(concept.GermanWords.Concat(concept.Words.Values.SelectMany(w => w).Where(w => !w.EndsWith('*'))), analyzer, ThesaurusWeight);

    /// <summary>The parts of a German compound, for entries that share a part but not the whole word.</summary>
    private static Query? Parts(string word, Analyzer analyzer) => Best(SearchAnalyzers.CompoundPartsOf(word), analyzer, PartWeight);

    private static DisjunctionMaxQuery? Best(IEnumerable<string> words, Analyzer analyzer, float weight)
    {
        var best = new DisjunctionMaxQuery(TieBreaker);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            var perWord = new BooleanQuery();
            foreach (var term in SearchAnalyzers.Tokens(analyzer, word).Where(seen.Add))
            {
                foreach (var (field, boost) in SearchFields.Weighted)
                {
                    perWord.Add(new TermQuery(new Term(field, term)) { Boost = boost * weight }, Occur.SHOULD);
                }
            }

            if (perWord.Clauses.Count > 0)
            {
                best.Add(perWord);
            }
        }

        return best.Disjuncts.Count > 0 ? best : null;
    }

    private static void AddTerms(BooleanQuery into, string word, Analyzer analyzer, float weight, int maxEdits, IndexGeneration? index = null)
    {
        foreach (var term in SearchAnalyzers.Tokens(analyzer, word))
        {
            // No prefix is required to match exactly: a prefix length of 1 would make expansion
            // cheaper but moved cross-language hits out of the top five.
            var fuzzy = index is not null && maxEdits > 0 && term.Length > maxEdits
                && !SearchFields.Weighted.Any(f => index.IsKnown(new Term(f.Field, term)))
                ? index.Expand(term, maxEdits)
                : null;
            foreach (var (field, boost) in SearchFields.Weighted)
            {
                into.Add(new TermQuery(new Term(field, term)) { Boost = boost * weight }, Occur.SHOULD);
                if (fuzzy is not null)
                {
                    into.Add(fuzzy.Query(field, boost * weight * FuzzyWeight), Occur.SHOULD);
                }
            }
        }
    }
}
