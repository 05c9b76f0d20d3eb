using Microsoft.Extensions.Options;
using Wegweiser.Data.Stores;

namespace Wegweiser.Web.Infrastructure.ResponseCaching;

/// <summary>
/// Empties the response cache on every content or taxonomy change (this node's saves and, through
/// the change log, other nodes'), and once more a second later: a save inside a longer transaction
/// is signalled before it commits, so a page rendered in between must not outlive the commit.
/// Writes the hit and miss counts, and the process memory (working set, managed heap), to the log
/// every few minutes.
/// </summary>
public sealed class ResponseCacheMaintenance(
    PublicResponseCache cache, ContentChangeSignal signal, IOptions<WegweiserOptions> options, ILogger<ResponseCacheMaintenance> logger) : BackgroundService
{
    private static readonly TimeSpan SecondClear = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!cache.Enabled)
        {
            return;
        }

        var every = TimeSpan.FromMinutes(Math.Max(1, options.Value.ResponseCache.StatisticsMinutes));
        var nextReport = DateTimeOffset.UtcNow + every;
        var seen = signal.Version;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var wait = nextReport - DateTimeOffset.UtcNow;
                await signal.WaitForChangeAsync(seen, wait > TimeSpan.Zero ? wait : TimeSpan.Zero, stoppingToken);
                if (signal.Version != seen)
                {
                    seen = signal.Version;
                    cache.Clear();
                    await Task.Delay(SecondClear, stoppingToken);
                    cache.Clear();
                }

                if (DateTimeOffset.UtcNow >= nextReport)
                {
                    var s = cache.TakeStatistics();
                    logger.LogInformation(
                        "Response cache: {Hits} hits, {Misses} misses, {Stored} stored in the last {Minutes} min; {Entries} entries, {Bytes} bytes held",
                        s.Hits, s.Misses, s.Stored, every.TotalMinutes, s.Entries, s.Bytes);
                    var gc = GC.GetGCMemoryInfo();
                    using var process = System.Diagnostics.Process.GetCurrentProcess();
                    logger.LogInformation(
                        "Memory: {WorkingSetMb} MB working set, {HeapMb} MB managed heap, {CommittedMb} MB committed by the GC, {FragmentedMb} MB fragmented",
                        process.WorkingSet64 >> 20, gc.HeapSizeBytes >> 20, gc.TotalCommittedBytes >> 20, gc.FragmentedBytes >> 20);
                    nextReport = DateTimeOffset.UtcNow + every;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
