using Microsoft.EntityFrameworkCore;

namespace Wegweiser.Data.Audit;

/// <summary>
/// The one writer of the audit trail, and its reader. Every line names an action from
/// <see cref="AuditActions"/> and keeps its details in the one format of <see cref="AuditDetails"/>.
/// Lines are only added to the context: the caller saves, so a line is committed together with
/// the change it records, or not at all.
/// </summary>
public sealed class AuditTrail(WegweiserDbContext db)
{
    /// <summary>Adds one line: who (<paramref name="userName"/>) did <paramref name="action"/> when, to which item and version.</summary>
    /// <exception cref="ArgumentException">The action is not one of <see cref="AuditActions"/>.</exception>
    public AuditEntry Record(
        string action, string? userName, DateTime utc, AuditDetails? details = null, Guid? itemId = null, int? version = null, string? comment = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        if (!AuditActions.All.Contains(action))
        {
            throw new ArgumentException($"'{action}' is not an audit action; add it to {nameof(AuditActions)}.", nameof(action));
        }

        var entry = new AuditEntry
        {
            ItemId = itemId,
            VersionNumber = version,
            Action = action,
            UserName = userName,
            Utc = utc,
            Details = details?.ToJson(),
            Comment = comment,
        };
        db.AuditEntries.Add(entry);
        return entry;
    }

    /// <summary>The latest <paramref name="max"/> lines about an item, newest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ForItemAsync(Guid itemId, int max, CancellationToken ct = default) =>
        await db.AuditEntries.AsNoTracking().Where(a => a.ItemId == itemId)
            .OrderByDescending(a => a.Utc).ThenByDescending(a => a.Id).Take(max).ToListAsync(ct);

    /// <summary>The latest line of <paramref name="action"/> about version <paramref name="version"/> of an item, or null.</summary>
    public Task<AuditEntry?> LatestAsync(Guid itemId, int version, string action, CancellationToken ct = default) =>
        db.AuditEntries.AsNoTracking().Where(a => a.ItemId == itemId && a.VersionNumber == version && a.Action == action)
            .OrderByDescending(a => a.Id).FirstOrDefaultAsync(ct);
}
