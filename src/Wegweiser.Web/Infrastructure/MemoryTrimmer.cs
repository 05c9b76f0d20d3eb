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
/// once per check). Measured with tests/bench (README, "Memory").
/// </summary>
public sealed class MemoryTrimmer(IOptions<WegweiserOptions> options, ILogger<MemoryTrimmer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value.Memory;
        if (settings.TrimSlackMegabytes <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, settings.CheckSeconds)));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                TrimIfWorthIt(settings.TrimSlackMegabytes * 1024L * 1024L);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Collects aggressively when the collector holds more than <paramref name="slack"/> bytes beyond the live heap; true when it did.</summary>
    public bool TrimIfWorthIt(long slack)
    {
        var before = GC.GetGCMemoryInfo();
        var live = before.HeapSizeBytes - before.FragmentedBytes;
        if (before.TotalCommittedBytes - live <= slack)
        {
            return false;
        }

        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
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
    /// <summary>How often the trimmer looks (seconds).</summary>
    public int CheckSeconds { get; set; } = 30;

    /// <summary>Committed memory beyond the live heap that triggers a trim; 0 turns the trimmer off.</summary>
    public int TrimSlackMegabytes { get; set; } = 32;
}
