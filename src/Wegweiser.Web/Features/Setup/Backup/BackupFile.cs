namespace Wegweiser.Web.Features.Setup.Backup;

/// <summary>One file of a backup archive: its path inside the archive, its length and SHA-256 (hex).</summary>
public sealed record BackupFile(string Path, long Bytes, string Sha256);
