namespace Wegweiser.Data.Audit;

/// <summary>One unit of an imported translation file: its id, what became of it, and why it was skipped.</summary>
public sealed record AuditUnit(string Unit, string Outcome, string? Reason);
