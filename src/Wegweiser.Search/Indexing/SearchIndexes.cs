using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Wegweiser.Search.Querying;

namespace Wegweiser.Search.Indexing;

/// <summary>The index of every culture, opened on first use; one instance per site.</summary>
public sealed class SearchIndexes(SearchIndexOptions options, ILogger<SearchIndexes> logger) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<CultureIndex>> _indexes = new(StringComparer.Ordinal);

    public CultureIndex For(string culture)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(culture);
        return _indexes.GetOrAdd(culture, c => new Lazy<CultureIndex>(() => CultureIndex.Open(
            c, options.InMemory || options.Folder is null ? null : Path.Combine(options.Folder, c), logger, options.CacheQueries))).Value;
    }

    public void Rebuild(string culture, IEnumerable<SearchDocument> documents) => For(culture).Rebuild(documents);

    public void Update(string culture, IEnumerable<string> keys, IEnumerable<SearchDocument> documents) => For(culture).Update(keys, documents);

    public SearchResults Search(string culture, SearchRequest request) => Searcher.Search(For(culture), request);

    public IReadOnlyList<Suggestion> Suggest(string culture, string? typed, int count = 6) => Suggestions.For(For(culture), typed, count);

    public void Dispose()
    {
        foreach (var index in _indexes.Values.Where(i => i.IsValueCreated))
        {
            index.Value.Dispose();
        }
    }
}
