using System.Data;
using System.Diagnostics;
using System.IO.Compression;
using Npgsql;

namespace Wegweiser.Web.Features.Setup.Backup;

/// <summary>
/// PostgreSQL: <c>pg_dump</c> of one exported snapshot, in which the counts of the manifest are read
/// too, so they describe exactly the dump; restored with <c>psql</c> in one transaction, so a failed
/// restore leaves the database as it was.
/// </summary>
public static class PostgresBackup
{
    public static async Task<DatabaseCopy> WriteAsync(string connectionString, ZipArchive zip, CancellationToken ct = default)
    {
        var pgDump = PostgresTools.Find("pg_dump") ?? throw new BackupException(PostgresTools.Missing("pg_dump"));
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        string snapshot;
        await using (var command = new NpgsqlCommand("SELECT pg_export_snapshot()", connection, transaction))
        {
            snapshot = (string)(await command.ExecuteScalarAsync(ct))!;
        }

        var counts = await BackupCounts.ReadAsync(connection, transaction, ct);
        var (migration, recipes) = await BackupCounts.ReadSchemaAsync(connection, transaction, ct);
        using var process = Process.Start(PostgresTools.Start(pgDump, connectionString,
            ["--format=plain", "--no-owner", "--no-privileges", "--encoding=UTF8", $"--snapshot={snapshot}"]))!;
        process.StandardInput.Close();
        var errors = process.StandardError.ReadToEndAsync(ct);
        var file = await ArchiveFiles.AddAsync(zip, ArchiveFiles.PostgresDatabase, process.StandardOutput.BaseStream, CompressionLevel.Optimal, ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            throw new BackupException($"pg_dump hat mit einem Fehler geendet: {(await errors).Trim()}");
        }

        await transaction.CommitAsync(ct);
        return new DatabaseCopy(file, counts, migration, recipes);
    }

    /// <summary>Why the database cannot be the target of a restore (German), or null when it has no tables.</summary>
    public static async Task<string?> NotEmptyAsync(string connectionString, CancellationToken ct = default)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand(
                "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')", connection);
            return (long)(await command.ExecuteScalarAsync(ct))! > 0
                ? $"Die Datenbank „{name}“ hat schon Tabellen. Eine Sicherung wird nur in eine leere Datenbank zurückgespielt."
                : null;
        }
        catch (NpgsqlException e)
        {
            return $"Die Datenbank „{name}“ ist nicht erreichbar ({e.Message}). Bitte eine leere Datenbank anlegen (zum Beispiel mit createdb) und in Wegweiser:Database:ConnectionString nennen.";
        }
    }

    /// <summary>Plays the dump into the (empty) database in one transaction and checks its counts.</summary>
    public static async Task<BackupCounts> RestoreAsync(string connectionString, ZipArchiveEntry entry, BackupManifest manifest, CancellationToken ct = default)
    {
        var psql = PostgresTools.Find("psql") ?? throw new BackupException(PostgresTools.Missing("psql"));
        using var process = Process.Start(PostgresTools.Start(psql, connectionString,
            ["--no-psqlrc", "--quiet", "--set=ON_ERROR_STOP=1", "--single-transaction", "--file=-"]))!;
        var errors = process.StandardError.ReadToEndAsync(ct);
        var drained = process.StandardOutput.ReadToEndAsync(ct);
        await using (var source = await entry.OpenAsync(ct))
        {
            await source.CopyToAsync(process.StandardInput.BaseStream, ct);
        }

        process.StandardInput.Close();
        await process.WaitForExitAsync(ct);
        await drained;
        if (process.ExitCode != 0)
        {
            throw new BackupException($"psql hat mit einem Fehler geendet; die Datenbank ist unverändert: {(await errors).Trim()}");
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        var counts = await BackupCounts.ReadAsync(connection, null, ct);
        var (migration, _) = await BackupCounts.ReadSchemaAsync(connection, null, ct);
        RestoreCheck.SameAsManifest(counts, migration, manifest);
        return counts;
    }
}
