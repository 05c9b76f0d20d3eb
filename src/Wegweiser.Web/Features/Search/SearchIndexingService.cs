using Wegweiser.Data.Stores;

namespace Wegweiser.Web.Features.Search;

/// <summary>
/// Keeps the search indexes fresh: rebuilds them at start-up and whenever
/// <see cref="ContentChangeSignal"/> reports a saved change (checked every 250 ms), so a publish,
/// unpublish or archive is searchable within a second. Searches keep using the previous index
/// until the new one is complete.
/// </summary>
public sealed class SearchIndexingService(IServiceScopeFactory scopes, ContentChangeSignal signal, ILogger<SearchIndexingService> logger) : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan AfterFailure = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        long? built = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            var version = signal.Version;
            var wait = Poll;
            if (version != built)
            {
                try
                {
                    var started = System.Diagnostics.Stopwatch.GetTimestamp();
                    await using var scope = scopes.CreateAsyncScope();
                    var count = await scope.ServiceProvider.GetRequiredService<SearchIndexer>().RebuildAsync(ct: stoppingToken);
                    if (built is null)
                    {
                        logger.LogInformation("Search indexes built: {Documents} documents in {Elapsed} ms", count, (int)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    }

                    built = version;
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception e)
                {
                    // Search keeps serving the last good index; the next attempt follows shortly.
                    logger.LogError(e, "Rebuilding the search indexes failed");
                    wait = AfterFailure;
                }
            }

            try
            {
                await Task.Delay(wait, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
