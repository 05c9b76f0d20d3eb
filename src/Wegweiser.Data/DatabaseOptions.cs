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
}
