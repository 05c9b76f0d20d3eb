namespace Wegweiser.Data.Stores;

/// <summary>
/// Counts saved changes to content and taxonomies, so caches of published content and the search
/// index know when to reload, and which items changed. Changes in this process raise it at once;
/// changes saved by other nodes on the same database raise it through the change log
/// (<see cref="ContentChange"/>), which a watcher polls; <see cref="MarkKnown"/> keeps a row from
/// being reported twice. Each reader remembers the <see cref="Version"/> it has applied and asks
/// <see cref="ChangesSince"/> which items changed after it.
/// </summary>
public sealed class ContentChangeSignal
{
    private long _version;
    private long _lastChange;
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Queue<(long Version, IReadOnlyCollection<Guid>? Items)> _history = new();
    private readonly Lock _historyLock = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<long, byte> _known = new();

    /// <summary>How far below the newest change-log id rows are still remembered.</summary>
    public const int KnownWindow = 500;

    /// <summary>How many changes <see cref="ChangesSince"/> can name; a reader further behind reloads everything.</summary>
    public const int HistoryLength = 1000;

    public long Version => Interlocked.Read(ref _version);

    /// <summary>The highest change-log id this process has met (its own saves included).</summary>
    public long LastChange => Interlocked.Read(ref _lastChange);

    /// <summary>A change to the given items (null: to everything).</summary>
    public void Changed(IReadOnlyCollection<Guid>? itemIds)
    {
        // Recorded with its version in one step, so whoever sees the new version finds the items.
        lock (_historyLock)
        {
            var version = Interlocked.Increment(ref _version);
            _history.Enqueue((version, itemIds));
            while (_history.Count > HistoryLength)
            {
                _history.Dequeue();
            }
        }

        Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }

    /// <summary>
    /// The items changed after <paramref name="version"/> (empty when nothing did); null when a
    /// change touched everything or an unknown set, or when it is too far back to tell.
    /// </summary>
    public IReadOnlyCollection<Guid>? ChangesSince(long version)
    {
        lock (_historyLock)
        {
            if (version >= Interlocked.Read(ref _version))
            {
                return [];
            }

            if (_history.Count == 0 || _history.Peek().Version > version + 1)
            {
                return null;
            }

            var items = new HashSet<Guid>();
            foreach (var (changed, ids) in _history)
            {
                if (changed <= version)
                {
                    continue;
                }

                if (ids is null)
                {
                    return null;
                }

                items.UnionWith(ids);
            }

            return items;
        }
    }

    /// <summary>
    /// Completes as soon as <see cref="Version"/> differs from <paramref name="seen"/>, or after
    /// <paramref name="timeout"/>; lets a background worker react at once instead of polling.
    /// </summary>
    public async Task WaitForChangeAsync(long seen, TimeSpan timeout, CancellationToken ct)
    {
        var next = Volatile.Read(ref _next).Task;
        if (Version != seen)
        {
            return;
        }

        try
        {
            await next.WaitAsync(timeout, ct);
        }
        catch (TimeoutException)
        {
        }
    }

    /// <summary>Whether this process has met the change-log row <paramref name="changeId"/> already.</summary>
    public bool IsKnown(long changeId) => _known.ContainsKey(changeId);

    /// <summary>
    /// Records a change-log row as met: this process's own saves when they are written, other
    /// nodes' rows when the watcher reports them. Returns false when it was known already. Rows far
    /// below the newest are forgotten, as the watcher looks back only a short way.
    /// </summary>
    public bool MarkKnown(long changeId)
    {
        if (!_known.TryAdd(changeId, 0))
        {
            return false;
        }

        long newest;
        do
        {
            newest = Interlocked.Read(ref _lastChange);
        }
        while (changeId > newest && Interlocked.CompareExchange(ref _lastChange, changeId, newest) != newest);

        if (_known.Count > 2 * KnownWindow)
        {
            var below = LastChange - KnownWindow;
            foreach (var old in _known.Keys.Where(id => id < below))
            {
                _known.TryRemove(old, out _);
            }
        }

        return true;
    }
}
