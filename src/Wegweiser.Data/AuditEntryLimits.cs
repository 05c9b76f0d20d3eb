namespace Wegweiser.Data;

/// <summary>Lengths of the audit trail's free-text columns, shared by the schema and the forms.</summary>
public static class AuditEntryLimits
{
    public const int Comment = 2000;
}
