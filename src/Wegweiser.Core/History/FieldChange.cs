namespace Wegweiser.Core.History;

/// <summary>One field that differs between two versions: its path ("de.title", "contact.phone") and both values.</summary>
public sealed record FieldChange(string Field, string? Old, string? New);
