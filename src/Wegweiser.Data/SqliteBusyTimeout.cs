using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Wegweiser.Data;

/// <summary>
/// Lets SQLite itself wait for another writer (<c>PRAGMA busy_timeout</c>) on every connection.
/// Microsoft.Data.Sqlite retries a busy statement only when it starts; EF Core's inserts end with
/// <c>RETURNING</c>, whose write is finished when the statement is reset, and a busy answer there
/// came straight through as "database is locked": two visitors sending a form at the same moment
/// got a 503. With the timeout the second write waits for the first (a few milliseconds).
/// </summary>
public sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    public static readonly SqliteBusyTimeout Instance = new();

    /// <summary>The longest a write waits for another one; as long as a command's default timeout.</summary>
    public const int Milliseconds = 30_000;

    private static readonly string Pragma = $"PRAGMA busy_timeout = {Milliseconds};";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
