using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Wegweiser.Web.Infrastructure.Faults;

/// <summary>
/// Tells an outage of the database (PostgreSQL stopped or unreachable, a connection cut, a
/// timeout, SQLite busy or locked) from a fault in the code: the first is worth a 503 and a retry,
/// the second stays a 500. EF Core wraps the cause, so the whole chain of inner exceptions counts.
/// </summary>
public static class DatabaseUnavailable
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException postgres:
                    // Only the server's own "not now" answers: shutdown, starting up, too many connections.
                    return postgres.IsTransient;
                case NpgsqlException:
                case SocketException:
                case TimeoutException:
                    return true;
                case SqliteException sqlite when sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked:
                    return true;
            }
        }

        return false;
    }
}
