using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Wegweiser.Search.Querying;

namespace Wegweiser.Search.Indexing;

/// <summary>
/// One state of a culture's index as searches see it: the searcher over one reader, and what
/// searches may reuse for as long as that reader is current — the fuzzy expansions of misspelt
/// words and the results of recent searches. Every change of the index (a rebuild, a replaced
/// entry) opens a new reader and so a new generation with empty caches: nothing cached can outlive
/// the documents it was made from, and no search has to ask whether an entry is still valid.
/// Many searches share one generation at once, so everything here is safe for concurrent use.
/// </summary>
internal sealed class IndexGeneration : IndexSearcher
{
    private const int MaxFuzzyExpansions = 4096;
    private readonly ConcurrentDictionary<(string Term, int MaxEdits), FuzzyExpansion>? _fuzzy;
    private readonly LruCache<string, SearchResults>? _results;

    public IndexGeneration(IndexReader reader, int resultCacheSize)
        : base(reader)
    {
        if (resultCacheSize > 0)
        {
            _fuzzy = new ConcurrentDictionary<(string, int), FuzzyExpansion>();
            _results = new LruCache<string, SearchResults>(resultCacheSize);
        }
    }

    /// <summary>Whether this generation keeps fuzzy expansions and results (off: every search starts from nothing).</summary>
    public bool CachesQueries => _results is not null;

    /// <summary>Whether any document has <paramref name="term"/>.</summary>
    public bool IsKnown(Term term) => IndexReader.DocFreq(term) > 0;

    /// <summary>The index terms close to <paramref name="term"/>, found once per generation when caching.</summary>
    public FuzzyExpansion Expand(string term, int maxEdits)
    {
        if (_fuzzy is null)
        {
            return FuzzyExpansion.Find(IndexReader, term, maxEdits);
        }

        if (_fuzzy.TryGetValue((term, maxEdits), out var known))
        {
            return known;
        }

        if (_fuzzy.Count >= MaxFuzzyExpansions)
        {
            // A crude bound against a flood of distinct typos; the next change of the index empties it anyway.
            _fuzzy.Clear();
        }

        return _fuzzy.GetOrAdd((term, maxEdits), key => FuzzyExpansion.Find(IndexReader, key.Term, key.MaxEdits));
    }

    public bool TryGetResults(string key, out SearchResults results)
    {
        if (_results is not null && _results.TryGet(key, out results))
        {
            return true;
        }

        results = null!;
        return false;
    }

    public void KeepResults(string key, SearchResults results) => _results?.Set(key, results);

    /// <summary>Makes a generation for each reader the index opens.</summary>
    internal sealed class Factory(int resultCacheSize) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new IndexGeneration(reader, resultCacheSize);
    }
}
