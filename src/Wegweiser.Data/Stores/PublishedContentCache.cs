using System.Collections.Concurrent;
using Wegweiser.Core.Content;
using Wegweiser.Core.Taxonomies;

namespace Wegweiser.Data.Stores;

/// <summary>
/// Keeps the published entries of each type and the taxonomy terms in memory, so public pages do
/// not read the whole directory from the database on every request. Any saved change, in this
/// process or (through the change log) on another node, empties it (<see cref="ContentChangeSignal"/>);
/// <see cref="MaxAge"/> is a safety net. The cached objects are shared: callers must not change them.
/// </summary>
public sealed class PublishedContentCache(ContentChangeSignal signal, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new();

    public TimeSpan MaxAge { get; set; } = TimeSpan.FromSeconds(10);

    public Task<IReadOnlyList<PublishedEntry>> PublishedAsync(ContentStore store, ContentType type, CancellationToken ct) =>
        GetAsync($"type:{type}", () => store.PublishedAsync(type, ct));

    public Task<IReadOnlyDictionary<(string Taxonomy, string Key), TaxonomyTerm>> TermsAsync(TaxonomyStore store, CancellationToken ct) =>
        GetAsync("terms", () => store.AllAsync(ct));

    private async Task<T> GetAsync<T>(string key, Func<Task<T>> load)
        where T : class
    {
        var version = signal.Version;
        var now = time.GetUtcNow();
        if (_entries.TryGetValue(key, out var cached) && cached.Version == version && now - cached.LoadedAt < MaxAge)
        {
            return (T)cached.Value;
        }

        var value = await load();
        _entries[key] = new Entry(value, version, now);
        return value;
    }

    private sealed record Entry(object Value, long Version, DateTimeOffset LoadedAt);
}
