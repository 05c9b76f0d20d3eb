using Microsoft.EntityFrameworkCore;

namespace Wegweiser.Data;

/// <summary>The SQLite flavour (embedded default); owns the migrations in Migrations/Sqlite.</summary>
public sealed class SqliteWegweiserDbContext(DbContextOptions<SqliteWegweiserDbContext> options) : WegweiserDbContext(options);
