using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Wegweiser.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite context without the web host.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteWegweiserDbContext>
{
    public SqliteWegweiserDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteWegweiserDbContext>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL context without a server.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresWegweiserDbContext>
{
    public PostgresWegweiserDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresWegweiserDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
