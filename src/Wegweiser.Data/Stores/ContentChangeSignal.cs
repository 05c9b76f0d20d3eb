namespace Wegweiser.Data.Stores;

/// <summary>
/// Counts saved changes to content and taxonomies, so caches of published content and the search
/// index know when to reload. Changes in this process raise it at once; changes saved by other
/// nodes on the same database raise it through the change log (<see cref="ContentChange"/>),
/// which a watcher polls and reports with <see cref="Observe"/>.
/// </summary>
public sealed class ContentChangeSignal
{
    private long _version;
    private long _lastChange;
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly System.Collections.Concurrent.ConcurrentQueue<IReadOnlyCollection<Guid>?> _pending = new();

    public long Version => Interlocked.Read(ref _version);

    /// <summary>The highest change-log id this process knows of (its own saves included).</summary>
    public long LastChange => Interlocked.Read(ref _lastChange);

    /// <summary>A change to everything (or to something unknown): caches and index reread all.</summary>
    public void Changed() => Changed(null);

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

    /// <summary>Records a change-log id; raises the signal when it is newer than any known.</summary>
    /// <param name="changeId">The id seen.</param>
    /// <param name="raise">False for this process's own saves, which raised the signal already.</param>
    public bool Observe(long changeId, bool raise = true) => Observe(changeId, raise, null);

    /// <summary>Records a change-log id of a change to <paramref name="itemIds"/> (null: everything).</summary>
    public bool Observe(long changeId, bool raise, IReadOnlyCollection<Guid>? itemIds)
    {
        long known;
        do
        {
            known = Interlocked.Read(ref _lastChange);
            if (changeId <= known)
            {
                return false;
            }
        }
        while (Interlocked.CompareExchange(ref _lastChange, changeId, known) != known);

        if (raise)
        {
            Changed(itemIds);
        }

        return true;
    }
}
