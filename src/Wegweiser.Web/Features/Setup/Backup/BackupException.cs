namespace Wegweiser.Web.Features.Setup.Backup;

/// <summary>A backup or restore that cannot go on; the message is German and says what to do. Nothing was changed.</summary>
public sealed class BackupException(string message) : Exception(message);
