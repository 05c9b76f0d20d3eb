namespace Wegweiser.Data.Stores;

/// <summary>
/// Counts saved changes to content and taxonomies, so caches of published content and the search
/// index know when to reload, and which items changed. Changes in this process raise it at once;
/// changes saved by other nodes on the same database raise it through the change log
/// (<see cref="ContentChange"/>), which a watcher polls; <see cref="MarkKnown"/> keeps a row from
/// being reported twice.
/// </summary>
public sealed class ContentChangeSignal
{
    private long _version;
    private long _lastChange;
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly System.Collections.Concurrent.ConcurrentQueue<IReadOnlyCollection<Guid>?> _pending = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<long, byte> _known = new();

    /// <summary>How far below the newest change-log id rows are still remembered.</summary>
    public const int KnownWindow = 500;

    public long Version => Interlocked.Read(ref _version);

    /// <summary>The highest change-log id this process has met (its own saves included).</summary>
    public long LastChange => Interlocked.Read(ref _lastChange);

    /// <summary>A change to the given items (null: to everything).</summary>
    public void Changed(IReadOnlyCollection<Guid>? itemIds)
    {
        // Queued before the version moves on, so whoever sees the new version finds the items.
        _pending.Enqueue(itemIds);
        Interlocked.Increment(ref _version);
        Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }

    /// <summary>
    /// The items changed since the last call, for one reader (the search indexer): null when a
    /// change touched everything or an unknown set.
    /// </summary>
    public IReadOnlyCollection<Guid>? TakeChangedItems()
    {
        var items = new HashSet<Guid>();
        var everything = false;
        while (_pending.TryDequeue(out var change))
        {
            if (change is null)
            {
                everything = true;
            }
            else
            {
                items.UnionWith(change);
            }
        }

        return everything ? null : items;
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
