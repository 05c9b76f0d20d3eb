using Wegweiser.Data.Stores;

namespace Wegweiser.Web.Features.Search;

/// <summary>
/// Keeps the search indexes fresh: brings them up to date at start-up (an index that still holds
/// exactly the published entries is kept, the others are rebuilt) and, as soon as
/// <see cref="ContentChangeSignal"/> reports a saved change (here or, through the change log, on
/// another node), updates the changed entries, so a publish, unpublish or archive is searchable
/// within a second. Searches keep using the previous index
/// until the new one is complete. An index folder deleted or damaged on disk is noticed within
/// seconds and rebuilt.
/// </summary>
public sealed class SearchIndexingService(IServiceScopeFactory scopes, ContentChangeSignal signal, Wegweiser.Search.Indexing.SearchIndexes indexes, Infrastructure.ResponseCaching.PublicResponseCache responses, ILogger<SearchIndexingService> logger) : BackgroundService
{
    /// <summary>How often, without changes, the indexes on disk are checked (a stat and the small segments file).</summary>
    private static readonly TimeSpan IntactCheck = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan AfterFailure = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        long? built = null;
        var rebuildAll = true;
        while (!stoppingToken.IsCancellationRequested)
        {
            var version = signal.Version;
            TimeSpan? pause = null;
            if (version == built && !indexes.AllIntact())
            {
                // The index folder was deleted or damaged under the running site: build it again.
                logger.LogWarning("A search index is missing or damaged on disk; rebuilding it");
                rebuildAll = true;
                built = null;
            }

            if (version != built)
            {
                try
                {
                    await UpdateAsync(built, rebuildAll, stoppingToken);
                    built = version;
                    // Search pages rendered after the change but before this update would show
                    // the old index under the new content version: drop them too.
                    responses.Clear();
                    rebuildAll = false;
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception e)
                {
                    // Search keeps serving the last good index; the next attempt follows shortly.
                    logger.LogError(e, "Updating the search indexes failed");
                    rebuildAll = true; // the changed items were taken: only a full rebuild is sure to include them
                    pause = AfterFailure;
                }
            }

            if (!await WaitAsync(version, pause, stoppingToken))
            {
                return;
            }
        }
    }

    /// <summary>
    /// Saves name their items: only those are reindexed. Taxonomy changes and unknown items rebuild
    /// everything; the first run after start-up (<paramref name="built"/> null) rebuilds each
    /// culture whose index on disk differs from the database.
    /// </summary>
    private async Task UpdateAsync(long? built, bool rebuildAll, CancellationToken ct)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await using var scope = scopes.CreateAsyncScope();
        var indexer = scope.ServiceProvider.GetRequiredService<SearchIndexer>();
        var items = built is { } since ? signal.ChangesSince(since) : null;
        if (built is null)
        {
            // Start-up: the indexes of the last run are kept where they still hold exactly what
            // the database gives (a restart without changes rebuilds nothing).
            var (count, rebuilt) = await indexer.RebuildChangedAsync(ct);
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            logger.LogInformation("Search indexes ready: {Documents} documents, rebuilt: {Rebuilt}, in {Elapsed} ms",
                count, rebuilt.Count == 0 ? "none" : string.Join(", ", rebuilt), (int)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        else if (rebuildAll || items is null || !await indexer.UpdateAsync(items, ct))
        {
            await indexer.RebuildAsync(ct: ct);
            // A full rebuild holds every document of every language at once; give that
            // memory back to the system instead of keeping the heap at its peak.
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
    }

    /// <summary>Waits for the next change (or the next intact check, or after a failure); false when the site stops.</summary>
    private async Task<bool> WaitAsync(long version, TimeSpan? pause, CancellationToken ct)
    {
        try
        {
            if (pause is { } failed)
            {
                await Task.Delay(failed, ct);
            }
            else
            {
                await signal.WaitForChangeAsync(version, IntactCheck, ct);
            }

            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
