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

    /// <summary>
    /// The changed items' ids, comma-separated, so other nodes update just those in their search
    /// index; null when the change touched more (taxonomies, many items) and everything is reread.
    /// </summary>
    public string? ItemIds { get; set; }

    /// <summary>At most this many ids are listed; a larger change is recorded as "everything".</summary>
    public const int MaxItems = 50;

    public static string? Format(IReadOnlyCollection<Guid>? ids) =>
        ids is null || ids.Count > MaxItems ? null : string.Join(',', ids);

    public static IReadOnlyCollection<Guid>? Parse(string? ids)
    {
        if (ids is null)
        {
            return null;
        }

        var parsed = new List<Guid>();
        foreach (var part in ids.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Guid.TryParse(part, out var id))
            {
                return null;
            }

            parsed.Add(id);
        }

        return parsed;
    }
}
