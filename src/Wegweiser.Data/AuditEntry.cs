namespace Wegweiser.Data;

/// <summary>
/// One line of the audit trail: who did what to which item, and when. Written only through
/// <see cref="Audit.AuditTrail"/>, with an action from <see cref="Audit.AuditActions"/>.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public Guid? ItemId { get; set; }

    public int? VersionNumber { get; set; }

    public required string Action { get; set; }

    public string? UserName { get; set; }

    public DateTime Utc { get; set; }

    /// <summary>The details as compact JSON (see <see cref="Audit.AuditDetails"/>, which also reads older rows).</summary>
    public string? Details { get; set; }

    /// <summary>What the person wrote, e.g. why a version was sent back to its editor.</summary>
    public string? Comment { get; set; }
}
