namespace Wegweiser.Data;

/// <summary>
/// Bounds the memory SQLite keeps for its page caches across all pooled connections. Each
/// connection otherwise caches up to 2 MB of pages: under load the pool holds a dozen connections,
/// and with 10,000 entries that was 23 MB of resident memory for pages the operating system's file
/// cache holds anyway. With the soft limit SQLite reuses its least recently used cached pages
/// instead of allocating more (the 10k benchmark site: 8 MB, and 17 MB less RSS after a crawl).
/// </summary>
public static class SqliteMemory
{
    /// <summary>Sets the process-wide soft limit; 0 or less leaves SQLite's default.</summary>
    public static void Limit(int megabytes)
    {
        if (megabytes <= 0)
        {
            return;
        }

        SQLitePCL.Batteries_V2.Init();
        SQLitePCL.raw.sqlite3_soft_heap_limit64(megabytes * 1024L * 1024L);
    }

    /// <summary>The memory SQLite has allocated now, in bytes.</summary>
    public static long Used()
    {
        SQLitePCL.Batteries_V2.Init();
        return SQLitePCL.raw.sqlite3_memory_used();
    }

    /// <summary>The soft limit in force, in bytes (0: none).</summary>
    public static long CurrentLimit()
    {
        SQLitePCL.Batteries_V2.Init();
        return SQLitePCL.raw.sqlite3_soft_heap_limit64(-1);
    }
}
