using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wegweiser.Data;
using Wegweiser.Web.Features.Setup.Backup;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Setup;

/// <summary>
/// <c>restore FILE</c>: plays a backup into an empty data folder (SQLite) or an empty database
/// (PostgreSQL) of the same kind. The archive is checked first (manifest, checksums, schema known to
/// this version); a non-empty target or a damaged archive is refused and nothing changes. The search
/// index is not in the archive: the site builds it at start.
/// </summary>
public static class RestoreCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error, CancellationToken ct = default)
    {
        if (args is not [var name] || name.StartsWith("--", StringComparison.Ordinal))
        {
            error.WriteLine("Aufruf: restore DATEI   (eine mit backup --out geschriebene Sicherung)");
            return 2;
        }

        var file = Path.GetFullPath(name);
        if (!File.Exists(file))
        {
            error.WriteLine($"Die Datei „{file}“ gibt es nicht. Nichts wurde geändert.");
            return 2;
        }

        try
        {
            var counts = await RestoreAsync(services, file, ct);
            output.WriteLine($"Sicherung zurückgespielt: {counts.Entries} Einträge, {counts.Versions} Fassungen, {counts.Translations} Übersetzungen, "
                + $"{counts.MediaFiles} Mediendateien, {counts.Users} Konten.");
            output.WriteLine("Der Suchindex wird beim nächsten Start der Website neu aufgebaut.");
            return 0;
        }
        catch (BackupException e)
        {
            error.WriteLine("Die Sicherung wurde nicht zurückgespielt.");
            error.WriteLine(e.Message);
            return 1;
        }
        catch (InvalidDataException)
        {
            error.WriteLine("Die Sicherung wurde nicht zurückgespielt.");
            error.WriteLine(ArchiveFiles.Damaged("die Datei ist kein vollständiges Zip-Archiv").Message);
            return 1;
        }
    }

    private static async Task<BackupCounts> RestoreAsync(IServiceProvider services, string file, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WegweiserDbContext>();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<WegweiserOptions>>().Value;
        var environment = scope.ServiceProvider.GetRequiredService<IHostEnvironment>();
        var dataFolder = options.ResolveDataFolder(environment.ContentRootPath);
        var mediaFolder = Path.Combine(dataFolder, "media");
        var connectionString = db.Database.GetConnectionString()!;
        var postgres = db.Database.IsNpgsql();

        using var zip = await ZipFile.OpenReadAsync(file, ct);
        var manifest = await ArchiveFiles.VerifyAsync(zip, ct);
        await CheckFitsAsync(db, manifest, connectionString, mediaFolder, ct);

        // Media first into a folder of its own, the database next, then the media folder gets its name.
        var staging = mediaFolder + ".restore-part";
        if (System.IO.Directory.Exists(staging))
        {
            System.IO.Directory.Delete(staging, recursive: true);
        }

        System.IO.Directory.CreateDirectory(staging);
        try
        {
            foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith(ArchiveFiles.MediaFolder, StringComparison.Ordinal)))
            {
                await entry.ExtractToFileAsync(Path.Combine(staging, entry.FullName[ArchiveFiles.MediaFolder.Length..]), overwrite: false, ct);
            }

            var databaseEntry = zip.GetEntry(postgres ? ArchiveFiles.PostgresDatabase : ArchiveFiles.SqliteDatabase)
                ?? throw ArchiveFiles.Damaged("die Datenbank fehlt im Archiv");
            var counts = postgres
                ? await PostgresBackup.RestoreAsync(connectionString, databaseEntry, manifest, ct)
                : await SqliteBackup.RestoreAsync(connectionString, databaseEntry, manifest, ct);
            if (System.IO.Directory.Exists(mediaFolder))
            {
                System.IO.Directory.Delete(mediaFolder);
            }

            System.IO.Directory.Move(staging, mediaFolder);
            return counts with { MediaFiles = manifest.Counts.MediaFiles };
        }
        finally
        {
            if (System.IO.Directory.Exists(staging))
            {
                System.IO.Directory.Delete(staging, recursive: true);
            }
        }
    }

    /// <summary>Refuses (with a German reason; nothing changed) a backup of another database kind or of an unknown schema, or a data folder or database that is not empty.</summary>
    private static async Task CheckFitsAsync(WegweiserDbContext db, BackupManifest manifest, string connectionString, string mediaFolder, CancellationToken ct)
    {
        var postgres = db.Database.IsNpgsql();
        var provider = postgres ? "Postgres" : "Sqlite";
        if (!string.Equals(manifest.Provider, provider, StringComparison.Ordinal))
        {
            throw new BackupException($"Die Sicherung stammt aus einer {manifest.Provider}-Datenbank, diese Website nutzt {provider}. "
                + "Eine Sicherung wird nur in dieselbe Art Datenbank zurückgespielt (SQLite zu SQLite, PostgreSQL zu PostgreSQL). Nichts wurde geändert.");
        }

        if (manifest.Migration is null || !db.Database.GetMigrations().Contains(manifest.Migration, StringComparer.Ordinal))
        {
            throw new BackupException($"Die Sicherung hat den Datenbankstand „{manifest.Migration}“ (Version {manifest.AppVersion}), den diese Version nicht kennt. "
                + "Bitte mit derselben oder einer neueren Version von Wegweiser zurückspielen. Nichts wurde geändert.");
        }

        var notEmpty = (postgres ? await PostgresBackup.NotEmptyAsync(connectionString, ct) : SqliteBackup.NotEmpty(connectionString))
            ?? (System.IO.Directory.Exists(mediaFolder) && System.IO.Directory.EnumerateFileSystemEntries(mediaFolder).Any()
                ? $"Im Ordner „{mediaFolder}“ liegen schon Dateien. Eine Sicherung wird nur in einen leeren Datenordner zurückgespielt."
                : null);
        if (notEmpty is not null)
        {
            throw new BackupException(notEmpty + " Nichts wurde geändert.");
        }
    }
}
