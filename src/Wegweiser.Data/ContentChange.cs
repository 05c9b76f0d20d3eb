namespace Wegweiser.Data;

/// <summary>
/// One saved change to content or taxonomies, written in the same transaction as the change. Every
/// node of a multi-node site watches the highest <see cref="Id"/>, so its caches and search index
/// follow changes made on the other nodes within a second.
/// </summary>
public sealed class ContentChange
{
    public long Id { get; set; }

    public DateTime ChangedUtc { get; set; }
}
