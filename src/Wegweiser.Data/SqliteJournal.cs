using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Wegweiser.Data;

/// <summary>
/// Puts a site's SQLite file into write-ahead-log mode, so pages read while a form or an editor
/// writes and a write never waits for readers. EF Core sets WAL only on a file it creates itself;
/// our migration lock opens the file first, so every site so far ran in rollback-journal mode,
/// where a write's commit has to wait until no page is being read. The mode is stored in the
/// file: switching once is enough, and doing it at every start is cheap.
/// </summary>
public static class SqliteJournal
{
    /// <summary>Switches to WAL if the database is SQLite and not in WAL mode yet; returns the mode it is in afterwards, or null on PostgreSQL.</summary>
    public static async Task<string?> UseWriteAheadLogAsync(WegweiserDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.Database.IsSqlite())
        {
            return null;
        }

        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(ct);
        }

        try
        {
            var mode = await ScalarAsync(connection, "PRAGMA journal_mode", ct);
            if (string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
            {
                return "wal";
            }

            // Needs the file to itself for a moment; if another process holds it open in a
            // transaction, SQLite keeps the old mode and the next start tries again.
            try
            {
                return await ScalarAsync(connection, "PRAGMA journal_mode = WAL", ct);
            }
            catch (SqliteException)
            {
                return mode;
            }
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    private static async Task<string?> ScalarAsync(System.Data.Common.DbConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (await command.ExecuteScalarAsync(ct))?.ToString()?.ToLowerInvariant();
    }
}
