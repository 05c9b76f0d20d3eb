using Wegweiser.Core.Content;

namespace Wegweiser.Data.Stores;

/// <summary>
/// Keeps a <see cref="PublishedSnapshot"/> of the published content in memory, so public pages do
/// not read the directory from the database on every request. It is loaded in full once (and again
/// only after a taxonomy change or when it fell too far behind); after that every saved change, in
/// this process or (through the change log) on another node, replaces just the changed entries
/// (<see cref="ContentChangeSignal.ChangesSince"/>). A request after a change waits for that
/// update, so a publish is visible on the next request. The cached objects are shared: callers
/// must not change them.
/// </summary>
public sealed class PublishedContentCache(ContentChangeSignal signal)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private PublishedSnapshot? _snapshot;

    /// <summary>The snapshot for the current change version, brought up to date first when needed.</summary>
    public async Task<PublishedSnapshot> CurrentAsync(ContentStore store, TaxonomyStore taxonomies, CancellationToken ct)
    {
        var current = Volatile.Read(ref _snapshot);
        if (current is not null && current.Version == signal.Version)
        {
            return current;
        }

        await _gate.WaitAsync(ct);
        try
        {
            current = _snapshot;
            var version = signal.Version;
            if (current is not null && current.Version == version)
            {
                return current;
            }

            var changed = current is null ? null : signal.ChangesSince(current.Version);
            PublishedSnapshot next;
            if (current is null || changed is null)
            {
                var entries = new List<PublishedEntry>();
                // Equal texts (names, slugs and summaries that several entries or cultures share) as one string.
                var pool = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var type in Enum.GetValues<ContentType>())
                {
                    // One type at a time, made compact at once: the long texts never pile up.
                    entries.AddRange((await store.PublishedAsync(type, ct)).Select(e => PublishedSnapshot.Compact(e, pool)));
                }

                next = PublishedSnapshot.FromCompact(version, entries, await taxonomies.AllAsync(ct));
            }
            else
            {
                next = changed.Count == 0
                    ? current.With(version, changed, [])
                    : current.With(version, changed, await store.PublishedByIdsAsync(changed, ct));
            }

            Volatile.Write(ref _snapshot, next);
            return next;
        }
        finally
        {
            _gate.Release();
        }
    }
}
