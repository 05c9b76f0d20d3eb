using Microsoft.EntityFrameworkCore;

namespace Wegweiser.Data;

/// <summary>The PostgreSQL flavour (multi-node deployments); owns the migrations in Migrations/Postgres.</summary>
public sealed class PostgresWegweiserDbContext(DbContextOptions<PostgresWegweiserDbContext> options) : WegweiserDbContext(options);
