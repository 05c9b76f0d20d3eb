using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Wegweiser.Data.Tests;

/// <summary>
/// The site bounds the memory SQLite keeps for page caches across its pooled connections (on the
/// 10k site a dozen connections held 23 MB of pages the operating system caches anyway).
/// </summary>
public class SqliteMemoryTests
{
    [Fact]
    public void Registering_the_sqlite_database_sets_the_configured_limit()
    {
        // Arrange
        var folder = Directory.CreateTempSubdirectory("wegweiser-mem-").FullName;
        try
        {
            // Act
            new ServiceCollection().AddWegweiserData(new DatabaseOptions { SqliteMemoryMegabytes = 8 }, folder);

            // Assert
            Assert.Equal(8L * 1024 * 1024, SqliteMemory.CurrentLimit());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Many_connections_reading_a_large_file_stay_near_the_limit()
    {
        // Arrange: 16 MB of rows in a real file, and six connections that stay open, as pooled
        // connections do. Without a limit each would cache up to 2 MB of pages: 12 MB together.
        var folder = Directory.CreateTempSubdirectory("wegweiser-mem-").FullName;
        var connectionString = $"Data Source={Path.Combine(folder, "big.db")};Pooling=False";
        var connections = new List<SqliteConnection>();
        try
        {
            await using (var writer = new SqliteConnection(connectionString))
            {
                await writer.OpenAsync();
                await using var command = writer.CreateCommand();
                command.CommandText = """
                    CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT NOT NULL);
                    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 80000)
                    INSERT INTO t (id, text) SELECT i, printf('%.200c', 'a') || i FROM n;
                    """;
                await command.ExecuteNonQueryAsync();
            }

            SqliteMemory.Limit(2);

            // Act
            for (var i = 0; i < 6; i++)
            {
                var connection = new SqliteConnection(connectionString);
                await connection.OpenAsync();
                connections.Add(connection);
                await using var read = connection.CreateCommand();
                read.CommandText = "SELECT sum(length(text)) FROM t";
                Assert.Equal(80_000L * 200 + Enumerable.Range(1, 80_000).Sum(n => (long)n.ToString().Length), (long)(await read.ExecuteScalarAsync())!);
            }

            // Assert: all six caches together stay near the 2 MB limit (other tests in this process
            // may hold a little SQLite memory of their own at the same moment).
            Assert.Equal(2L * 1024 * 1024, SqliteMemory.CurrentLimit());
            Assert.InRange(SqliteMemory.Used(), 0, 5L * 1024 * 1024);
        }
        finally
        {
            foreach (var connection in connections)
            {
                await connection.DisposeAsync();
            }

            SqliteMemory.Limit(8);
            Directory.Delete(folder, recursive: true);
        }
    }
}
