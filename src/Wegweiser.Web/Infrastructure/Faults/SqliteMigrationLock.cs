using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Data;

namespace Wegweiser.Web.Infrastructure.Faults;

/// <summary>
/// EF Core's migration lock on SQLite is a row in <c>__EFMigrationsLock</c>: a process killed while
/// migrating leaves it behind, and every later start waits for it for ever. So our processes first
/// take an operating-system lock on a file beside the database, which dies with its holder; whoever
/// holds that is the only one migrating, and any lock row it finds is stale and removed.
/// </summary>
public sealed class SqliteMigrationLock : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(10);
    private readonly FileStream? _file;

    private SqliteMigrationLock(FileStream? file) => _file = file;

    /// <summary>Takes the lock (waiting while another process migrates) and clears a stale lock row; a no-op on PostgreSQL.</summary>
    public static async Task<SqliteMigrationLock> TakeAsync(WegweiserDbContext db, ILogger logger, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.Database.IsSqlite())
        {
            // PostgreSQL's migration lock is a session lock: it goes with the connection.
            return new SqliteMigrationLock(null);
        }

        var database = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        var file = await OpenExclusiveAsync(database + ".migrating", ct);
        if (await HasStaleLockRowAsync(db, ct))
        {
            logger.LogWarning("A migration was interrupted earlier (its lock was left behind); removing the stale lock and migrating again");
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsLock\"", ct);
        }

        return new SqliteMigrationLock(file);
    }

    public async ValueTask DisposeAsync()
    {
        if (_file is not null)
        {
            await _file.DisposeAsync();
        }
    }

    private static async Task<FileStream> OpenExclusiveAsync(string path, CancellationToken ct)
    {
        var until = DateTime.UtcNow + Patience;
        while (true)
        {
            try
            {
                // FileShare.None is an flock on Linux: the kernel drops it when the process dies.
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < until)
            {
                await Task.Delay(200, ct);
            }
        }
    }

    private static async Task<bool> HasStaleLockRowAsync(WegweiserDbContext db, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(ct);
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock') AND EXISTS (SELECT 1 FROM \"__EFMigrationsLock\")";
            return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) == 1;
        }
        catch (SqliteException)
        {
            // No lock table yet (a fresh database): nothing stale.
            return false;
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }
}
