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

    /// <summary>
    /// Replaces every document of the culture's index. When the index on disk is broken (folder
    /// deleted, files damaged), it is closed, opened afresh (which starts it empty) and rebuilt.
    /// </summary>
    public void Rebuild(string culture, IEnumerable<SearchDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var materialized = documents as IReadOnlyCollection<SearchDocument> ?? documents.ToList();
        var index = For(culture);
        if (!index.IsIntact())
        {
            index = Reopen(culture, index);
        }

        try
        {
            index.Rebuild(materialized);
        }
        catch (Exception e) when (IsBroken(e))
        {
            logger.LogWarning(e, "Search index {Culture} failed while rebuilding; opening it afresh", culture);
            Reopen(culture, index).Rebuild(materialized);
        }
    }

    /// <summary>
    /// Whether the culture's index is intact on disk and holds exactly <paramref name="documents"/>
    /// (see <see cref="CultureIndex.Holds"/>); an index that cannot be read does not.
    /// </summary>
    public bool Holds(string culture, IReadOnlyCollection<SearchDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var index = For(culture);
        try
        {
            return index.IsIntact() && index.Holds(documents);
        }
        catch (Exception e) when (IsBroken(e))
        {
            logger.LogWarning(e, "Search index {Culture} could not be read; it will be rebuilt", culture);
            return false;
        }
    }

    /// <summary>
    /// Replaces the documents of some keys. Returns false when the culture's index on disk was
    /// broken: it is then opened afresh and empty, and the caller must rebuild it in full.
    /// </summary>
    public bool Update(string culture, IEnumerable<string> keys, IEnumerable<SearchDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(documents);
        var index = For(culture);
        if (!index.IsIntact())
        {
            Reopen(culture, index);
            return false;
        }

        try
        {
            index.Update(keys, documents);
            return true;
        }
        catch (Exception e) when (IsBroken(e))
        {
            logger.LogWarning(e, "Search index {Culture} failed while updating; opening it afresh", culture);
            Reopen(culture, index);
            return false;
        }
    }

    /// <summary>Whether every opened index is still intact on disk (see <see cref="CultureIndex.IsIntact"/>).</summary>
    public bool AllIntact() => _indexes.Values.Where(i => i.IsValueCreated).All(i => i.Value.IsIntact());

    public SearchResults Search(string culture, SearchRequest request) => OnCurrent(culture, index => Searcher.Search(index, request));

    public IReadOnlyList<Suggestion> Suggest(string culture, string? typed, int count = 6) => OnCurrent(culture, index => Suggestions.For(index, typed, count));

    /// <summary>
    /// Runs a read on the culture's index. When the index was found broken and replaced between
    /// taking it and reading it (its folder deleted under the running site), the read meets a
    /// closed index; it is then asked once more of the fresh one, so a visitor gets an answer
    /// (perhaps from an index still being rebuilt), not an error page.
    /// </summary>
    private T OnCurrent<T>(string culture, Func<CultureIndex, T> read)
    {
        var index = For(culture);
        try
        {
            return read(index);
        }
        catch (ObjectDisposedException) when (!ReferenceEquals(For(culture), index))
        {
            return read(For(culture));
        }
    }

    private CultureIndex Reopen(string culture, CultureIndex broken)
    {
        logger.LogWarning("Search index {Culture} is missing or damaged on disk; it is opened afresh and rebuilt", culture);
        lock (_indexes)
        {
            if (_indexes.TryGetValue(culture, out var current) && current.IsValueCreated && !ReferenceEquals(current.Value, broken))
            {
                return current.Value;
            }

            broken.Abandon(logger);
            var fresh = new Lazy<CultureIndex>(() => CultureIndex.Open(
                culture, options.InMemory || options.Folder is null ? null : Path.Combine(options.Folder, culture), logger, options.CacheQueries));
            _indexes[culture] = fresh;
            return fresh.Value;
        }
    }

    private static bool IsBroken(Exception e) =>
        e is IOException or UnauthorizedAccessException or ObjectDisposedException;

    public void Dispose()
    {
        foreach (var index in _indexes.Values.Where(i => i.IsValueCreated))
        {
            index.Value.Dispose();
        }
    }
}
