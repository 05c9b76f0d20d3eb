using Microsoft.EntityFrameworkCore;

namespace Wegweiser.Data.Tests;

/// <summary>
/// A fresh, real database per test: a SQLite file in a temp folder, or a database of its own on
/// the PostgreSQL server that tests/run.sh starts (connection in WEGWEISER_TEST_POSTGRES).
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    private readonly string _provider;
    private readonly string _connectionString;
    private readonly string? _folder;

    public TestDatabase(string provider)
    {
        _provider = provider;
        var name = "ww_" + Guid.NewGuid().ToString("N")[..12];
        if (provider == Sqlite)
        {
            _folder = Directory.CreateTempSubdirectory("wegweiser-db-").FullName;
            _connectionString = $"Data Source={Path.Combine(_folder, name + ".db")};Foreign Keys=True;Pooling=False";
        }
        else
        {
            var server = PostgresServer
                ?? throw new InvalidOperationException("WEGWEISER_TEST_POSTGRES is not set. Run the tests with tests/run.sh, which starts a PostgreSQL server.");
            _connectionString = $"{server};Database={name}";
        }
    }

    public static string? PostgresServer => Environment.GetEnvironmentVariable("WEGWEISER_TEST_POSTGRES");

    public string ConnectionString => _connectionString;

    /// <summary>A new context on this database; migrations applied on first use.</summary>
    public WegweiserDbContext CreateContext()
    {
        WegweiserDbContext context = _provider == Sqlite
            ? new SqliteWegweiserDbContext(new DbContextOptionsBuilder<SqliteWegweiserDbContext>().UseSqlite(_connectionString).Options)
            : new PostgresWegweiserDbContext(new DbContextOptionsBuilder<PostgresWegweiserDbContext>().UseNpgsql(_connectionString).Options);
        return context;
    }

    public async Task<WegweiserDbContext> CreateMigratedContextAsync()
    {
        var context = CreateContext();
        await context.Database.MigrateAsync();
        return context;
    }

    public void Dispose()
    {
        if (_provider == Postgres)
        {
            using var context = CreateContext();
            context.Database.EnsureDeleted();
        }
        else if (_folder is not null)
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
