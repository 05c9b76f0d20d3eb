namespace Wegweiser.Data.Stores;

/// <summary>
/// Counts saved changes to content and taxonomies in this process, so caches of published
/// content know when to reload. Other processes (several nodes on one PostgreSQL) are covered by
/// the cache's maximum age.
/// </summary>
public sealed class ContentChangeSignal
{
    private long _version;

    public long Version => Interlocked.Read(ref _version);

    public void Changed() => Interlocked.Increment(ref _version);
}
