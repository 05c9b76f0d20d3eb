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

    public long Version => Interlocked.Read(ref _version);

    /// <summary>The highest change-log id this process knows of (its own saves included).</summary>
    public long LastChange => Interlocked.Read(ref _lastChange);

    public void Changed() => Interlocked.Increment(ref _version);

    /// <summary>Records a change-log id; raises the signal when it is newer than any known.</summary>
    /// <param name="changeId">The id seen.</param>
    /// <param name="raise">False for this process's own saves, which raised the signal already.</param>
    public bool Observe(long changeId, bool raise = true)
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
            Changed();
        }

        return true;
    }
}
