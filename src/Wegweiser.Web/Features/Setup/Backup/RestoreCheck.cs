namespace Wegweiser.Web.Features.Setup.Backup;

/// <summary>Checks a restored database against the manifest before the restore counts as done.</summary>
public static class RestoreCheck
{
    public static void SameAsManifest(BackupCounts restored, string? migration, BackupManifest manifest)
    {
        var expected = manifest.Counts with { MediaFiles = 0 };
        if (restored with { MediaFiles = 0 } != expected || migration != manifest.Migration)
        {
            throw ArchiveFiles.Damaged("die Datenbank in der Sicherung passt nicht zu manifest.json (andere Anzahl von Einträgen, Konten oder Schlüsseln)");
        }
    }
}
