using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Search;

/// <summary>
/// The rebuild an administrator starts in the editor area. One runs at a time; searches keep
/// using the previous index until each culture's new one is complete, so search never goes offline.
/// </summary>
public sealed class ReindexJob(IServiceScopeFactory scopes, TimeProvider time, ILogger<ReindexJob> logger)
{
    private readonly System.Threading.Lock _lock = new();
    private JobProgress _status = JobProgress.Idle;

    public JobProgress Status
    {
        get
        {
            lock (_lock)
            {
                return _status;
            }
        }
    }

    /// <summary>Starts a rebuild in the background; false when one is already running.</summary>
    public bool TryStart(string startedBy)
    {
        lock (_lock)
        {
            if (_status.IsRunning)
            {
                return false;
            }

            _status = new JobProgress(true, 0, 0);
        }

        logger.LogInformation("Search reindex started by {User}", startedBy);
        _ = Task.Run(RunAsync);
        return true;
    }

    private async Task RunAsync()
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var progress = new Progress(this);
            var total = await scope.ServiceProvider.GetRequiredService<SearchIndexer>().RebuildAsync(progress);
            Set(new JobProgress(false, total, total) { Finished = time.GetUtcNow() });
            logger.LogInformation("Search reindex finished: {Documents} documents", total);
        }
        catch (Exception e)
        {
            // The previous index stays in use; the page says that the rebuild failed.
            logger.LogError(e, "Search reindex failed");
            var last = Status;
            Set(last with { IsRunning = false, Finished = time.GetUtcNow(), Failed = true });
        }
    }

    private void Set(JobProgress status)
    {
        lock (_lock)
        {
            _status = status;
        }
    }

    private sealed class Progress(ReindexJob job) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value) =>
            job.Set(new JobProgress(true, value.Done, value.Total));
    }
}
