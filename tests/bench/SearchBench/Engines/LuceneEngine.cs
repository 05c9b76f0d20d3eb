using Microsoft.Extensions.Logging.Abstractions;
using Wegweiser.Search.Indexing;
using Wegweiser.Search.Querying;

namespace Wegweiser.SearchBench.Engines;

/// <summary>
/// Wegweiser's own search: one <see cref="CultureIndex"/> per culture in a folder, searched with
/// <see cref="Searcher.Search"/> exactly as the site does (a page of results with snippets and the
/// facet counts), so its latency is what a visitor waits for.
/// </summary>
internal sealed class LuceneEngine(string folder) : ISearchEngine
{
    private readonly Dictionary<string, CultureIndex> _indexes = [];
    private long _heapGrowth;
    private long _workingSetGrowth;

    public string Name => "Lucene.NET (Wegweiser.Search)";

    public void Build(IReadOnlyDictionary<string, IReadOnlyList<SearchDocument>> documents)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var workingSetBefore = Environment.WorkingSet;
        foreach (var (culture, docs) in documents)
        {
            var index = CultureIndex.Open(culture, Path.Combine(folder, culture), NullLogger.Instance);
            index.Rebuild(docs);
            _indexes[culture] = index;
        }

        _heapGrowth = GC.GetTotalMemory(forceFullCollection: true) - before;
        _workingSetGrowth = Environment.WorkingSet - workingSetBefore;
    }

    public IReadOnlyList<string> Search(string culture, string text, int top) =>
        Searcher.Search(_indexes[culture], new SearchRequest(text, 1, top)).Hits.Select(h => h.Key).ToList();

    public string Footprint()
    {
        var disk = new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
        // The index files are memory-mapped, so they count in the working set, not in the managed heap.
        return $"heap +{Mb(_heapGrowth)}, working set +{Mb(_workingSetGrowth)} (process {Mb(Environment.WorkingSet)}); disk {Mb(disk)}";
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
