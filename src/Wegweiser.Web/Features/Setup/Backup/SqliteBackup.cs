using System.IO.Compression;
using Microsoft.Data.Sqlite;

namespace Wegweiser.Web.Features.Setup.Backup;

/// <summary>
/// SQLite: a consistent copy of the live database through SQLite's online backup API (the site
/// keeps running and writing), and a restore that places the file under its name only when complete.
/// </summary>
public static class SqliteBackup
{
    public static async Task<DatabaseCopy> WriteAsync(string connectionString, ZipArchive zip, CancellationToken ct = default)
    {
        var temp = System.IO.Directory.CreateTempSubdirectory("wegweiser-backup-");
        try
        {
            var copyPath = Path.Combine(temp.FullName, "wegweiser.db");
            await using (var source = new SqliteConnection(connectionString))
            await using (var copy = new SqliteConnection(Unpooled(copyPath)))
            {
                await source.OpenAsync(ct);
                await copy.OpenAsync(ct);
                source.BackupDatabase(copy);
            }

            var (counts, migration, recipes) = await ReadFactsAsync(copyPath, ct);
            await using var stream = File.OpenRead(copyPath);
            var file = await ArchiveFiles.AddAsync(zip, ArchiveFiles.SqliteDatabase, stream, CompressionLevel.Optimal, ct);
            return new DatabaseCopy(file, counts, migration, recipes);
        }
        finally
        {
            temp.Delete(recursive: true);
        }
    }

    /// <summary>The database file the connection string names.</summary>
    public static string DatabasePath(string connectionString) =>
        Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource);

    /// <summary>Why the database cannot be the target of a restore (German), or null when it is empty.</summary>
    public static string? NotEmpty(string connectionString)
    {
        var path = DatabasePath(connectionString);
        return File.Exists(path) && new FileInfo(path).Length > 0
            ? $"Die Datenbank „{path}“ gibt es schon. Eine Sicherung wird nur in einen leeren Datenordner zurückgespielt."
            : null;
    }

    /// <summary>Writes the archive's database beside the target, checks its counts, then gives it the target's name.</summary>
    public static async Task<BackupCounts> RestoreAsync(string connectionString, ZipArchiveEntry entry, BackupManifest manifest, CancellationToken ct = default)
    {
        var path = DatabasePath(connectionString);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var part = path + ".restore-part";
        File.Delete(part);
        try
        {
            await using (var source = await entry.OpenAsync(ct))
            await using (var target = new FileStream(part, FileMode.CreateNew, FileAccess.Write))
            {
                await source.CopyToAsync(target, ct);
                target.Flush(flushToDisk: true);
            }

            var (counts, migration, _) = await ReadFactsAsync(part, ct);
            RestoreCheck.SameAsManifest(counts, migration, manifest);
            File.Move(part, path);
            return counts;
        }
        finally
        {
            File.Delete(part);
        }
    }

    private static async Task<(BackupCounts, string?, IReadOnlyList<string>)> ReadFactsAsync(string path, CancellationToken ct)
    {
        await using var connection = new SqliteConnection(Unpooled(path));
        await connection.OpenAsync(ct);
        var counts = await BackupCounts.ReadAsync(connection, null, ct);
        var (migration, recipes) = await BackupCounts.ReadSchemaAsync(connection, null, ct);
        return (counts, migration, recipes);
    }

    private static string Unpooled(string path) => new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();
}
