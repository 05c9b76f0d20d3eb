namespace Wegweiser.Data;

/// <summary>Which database a site uses. Bound from <c>Wegweiser:Database</c>.</summary>
public sealed class DatabaseOptions
{
    /// <summary><c>Sqlite</c> (default) or <c>Postgres</c>.</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>
    /// For PostgreSQL, the Npgsql connection string. For SQLite, optional: by default the file
    /// <c>wegweiser.db</c> in the data folder.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// For SQLite, the memory all connections of the process share for their page caches, in
    /// megabytes (<c>sqlite3_soft_heap_limit64</c>); 0 leaves SQLite's default of 2 MB per
    /// connection. Pages beyond it are read again from the operating system's file cache.
    /// </summary>
    public int SqliteMemoryMegabytes { get; set; } = 8;
}
