using Microsoft.Extensions.Logging.Abstractions;
using Wegweiser.Search.Indexing;
using Wegweiser.Search.Querying;

namespace Wegweiser.SearchBench.Engines;

/// <summary>
/// Wegweiser's own search: one <see cref="CultureIndex"/> per culture in a folder, searched with
/// <see cref="Searcher.Search"/> exactly as the site does (a page of results with snippets and the
/// facet counts), so its latency is what a visitor waits for. With <paramref name="cacheQueries"/>
/// off, every search is worked out in full, as for a query never asked before: the bench repeats
/// its queries in every round, which a result cache would answer from memory.
/// </summary>
internal sealed class LuceneEngine(string folder, bool cacheQueries) : ISearchEngine
{
    private readonly Dictionary<string, CultureIndex> _indexes = [];
    private long _heapBefore;

    public string Name => cacheQueries ? "Lucene (site, result cache)" : "Lucene (no result cache)";

    public void Build(IReadOnlyDictionary<string, IReadOnlyList<SearchDocument>> documents)
    {
        _heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        foreach (var (culture, docs) in documents)
        {
            var index = CultureIndex.Open(culture, Path.Combine(folder, culture), NullLogger.Instance, cacheQueries);
            index.Rebuild(docs);
            _indexes[culture] = index;
        }
    }

    public IReadOnlyList<string> Search(string culture, string text, int top) =>
        Searcher.Search(_indexes[culture], new SearchRequest(text, 1, top)).Hits.Select(h => h.Key).ToList();

    /// <summary>Measured after the warm-up, so the heap includes what searching keeps (norms, caches).</summary>
    public string Footprint()
    {
        var heapGrowth = GC.GetTotalMemory(forceFullCollection: true) - _heapBefore;
        var disk = new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
        // The index files are read with positional reads: they live in the file cache, not in the process.
        // The process working set is mostly the corpus the bench holds for all three engines.
        return $"heap +{Mb(heapGrowth)}, index files {Mb(disk)} (read, not mapped); process {Mb(Environment.WorkingSet)}";
    }

    public void Dispose()
    {
        foreach (var index in _indexes.Values)
        {
            index.Dispose();
        }
    }

    internal static string Mb(long bytes) => $"{bytes / 1048576.0:0} MB";
}
