using Microsoft.EntityFrameworkCore;

namespace Wegweiser.Data;

/// <summary>The SQLite flavour (embedded default); owns the migrations in Migrations/Sqlite.</summary>
public sealed class SqliteWegweiserDbContext(DbContextOptions<SqliteWegweiserDbContext> options) : WegweiserDbContext(options)
{
    /// <summary>Every SQLite context waits for a concurrent writer instead of failing (<see cref="SqliteBusyTimeout"/>).</summary>
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        base.OnConfiguring(optionsBuilder);
        optionsBuilder.AddInterceptors(SqliteBusyTimeout.Instance);
    }
}
