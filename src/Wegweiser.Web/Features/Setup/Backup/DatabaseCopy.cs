namespace Wegweiser.Web.Features.Setup.Backup;

/// <summary>The database file of an archive and what was counted in the same snapshot.</summary>
public sealed record DatabaseCopy(BackupFile File, BackupCounts Counts, string? Migration, IReadOnlyList<string> Recipes);
