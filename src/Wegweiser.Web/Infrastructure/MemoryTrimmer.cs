using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Wegweiser.Web.Infrastructure;

/// <summary>
/// Gives memory the collector holds but no object uses back to the system. After start-up (the
/// published snapshot and the search indexes are built from large temporary objects) and after a
/// burst of rendering, the workstation collector keeps tens of megabytes committed for a heap that
/// has shrunk: with 10,000 entries about 110 MB above the 66 MB of live objects. Every
/// <see cref="MemoryOptions.CheckSeconds"/> it compares what the collector has committed with what
/// the last collection kept; when the gap exceeds <see cref="MemoryOptions.TrimSlackMegabytes"/>,
/// one aggressive, compacting collection returns the rest (a pause of tens of milliseconds, at most
/// once per check). When no request has come for <see cref="MemoryOptions.IdleSeconds"/>, it trims
/// once down to the much smaller <see cref="MemoryOptions.IdleTrimSlackMegabytes"/>, a pause nobody
/// waits for, and closes the pooled SQLite connections with their page caches. Each trim also lets
/// glibc give the C heap's free pages back (<c>malloc_trim</c>).
/// Measured with tests/bench (README, "Memory").
/// </summary>
public sealed class MemoryTrimmer(IOptions<WegweiserOptions> options, ILogger<MemoryTrimmer> logger) : BackgroundService
{
    private long _requests;
    private long _seen;
    private bool _trimmedWhileQuiet;
    private int _ticks;

    /// <summary>What one look of the trimmer did.</summary>
    public enum Look
    {
        /// <summary>Nothing to check this time.</summary>
        None,

        /// <summary>Requests came in: checked against the busy slack.</summary>
        Busy,

        /// <summary>A quiet interval: checked against the small idle slack (once per quiet spell).</summary>
        Idle,
    }

    /// <summary>Counts a request (the site's first middleware calls it): the trimmer waits for a quiet moment.</summary>
    public void NoteRequest() => Interlocked.Increment(ref _requests);

    /// <summary>The seconds between two looks: the idle interval, or the check interval when idle trimming is off.</summary>
    public int TickSeconds
    {
        get
        {
            var memory = options.Value.Memory;
            return Math.Max(1, memory.IdleSeconds > 0 ? Math.Min(memory.CheckSeconds, memory.IdleSeconds) : memory.CheckSeconds);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Memory.TrimSlackMegabytes <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(TickSeconds));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                Tick();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>
    /// One look: after an interval without requests, trims down to the idle slack once per quiet
    /// spell; otherwise, every check interval, trims when the busy slack is exceeded.
    /// </summary>
    public Look Tick()
    {
        var memory = options.Value.Memory;
        var now = Interlocked.Read(ref _requests);
        var quiet = now == _seen;
        _seen = now;
        if (!quiet)
        {
            _trimmedWhileQuiet = false;
        }

        if (quiet && !_trimmedWhileQuiet && memory.IdleSeconds > 0)
        {
            _trimmedWhileQuiet = true;

            // Pooled SQLite connections each keep their cached pages and the parsed schema; a quiet
            // site closes them (the next request opens one again in about a millisecond).
            SqliteConnection.ClearAllPools();
            if (!TrimIfWorthIt(memory.IdleTrimSlackMegabytes * 1024L * 1024L))
            {
                NativeAllocator.Trim();
            }

            return Look.Idle;
        }

        if (++_ticks % Math.Max(1, (int)Math.Round((double)memory.CheckSeconds / TickSeconds)) != 0)
        {
            return Look.None;
        }

        TrimIfWorthIt(memory.TrimSlackMegabytes * 1024L * 1024L);
        return Look.Busy;
    }

    /// <summary>
    /// Collects aggressively when the collector holds more than <paramref name="slack"/> bytes beyond
    /// the live heap, then lets the C allocator give its free pages back too; true when it did.
    /// </summary>
    public bool TrimIfWorthIt(long slack)
    {
        var before = GC.GetGCMemoryInfo();
        var live = before.HeapSizeBytes - before.FragmentedBytes;
        if (before.TotalCommittedBytes - live <= slack)
        {
            return false;
        }

        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        NativeAllocator.Trim();
        var after = GC.GetGCMemoryInfo();
        logger.LogDebug(
            "Memory trimmed: the collector held {BeforeMb} MB for {LiveMb} MB live, now {AfterMb} MB",
            before.TotalCommittedBytes >> 20, live >> 20, after.TotalCommittedBytes >> 20);
        return true;
    }
}

/// <summary>Settings of <see cref="MemoryTrimmer"/> (<c>Wegweiser:Memory</c>).</summary>
public sealed class MemoryOptions
{
    /// <summary>How often the trimmer looks while requests come in (seconds).</summary>
    public int CheckSeconds { get; set; } = 10;

    /// <summary>Committed memory beyond the live heap that triggers a trim while busy; 0 turns the trimmer off.</summary>
    public int TrimSlackMegabytes { get; set; } = 16;

    /// <summary>
    /// After this many seconds without a request the trimmer gives back nearly everything unused, once
    /// per quiet spell (a pause of tens of milliseconds nobody waits for); 0 turns that off.
    /// </summary>
    public int IdleSeconds { get; set; } = 10;

    /// <summary>Committed memory beyond the live heap that a quiet spell still leaves alone.</summary>
    public int IdleTrimSlackMegabytes { get; set; } = 4;
}
