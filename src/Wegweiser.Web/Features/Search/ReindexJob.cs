namespace Wegweiser.Web.Features.Search;

/// <summary>
/// The rebuild an administrator starts in the editor area. One runs at a time; searches keep
/// using the previous index until each culture's new one is complete, so search never goes offline.
/// </summary>
public sealed class ReindexJob(IServiceScopeFactory scopes, TimeProvider time, ILogger<ReindexJob> logger)
{
    private readonly System.Threading.Lock _lock = new();
    private ReindexStatus _status = ReindexStatus.Idle;

    public ReindexStatus Status
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

            _status = new ReindexStatus(true, 0, 0, time.GetUtcNow(), null, false);
        }

        logger.LogInformation("Search reindex started by {User}", startedBy);
        _ = Task.Run(RunAsync);
        return true;
    }

    private async Task RunAsync()
    {
        var started = _status.Started;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var progress = new Progress(this, started);
            var total = await scope.ServiceProvider.GetRequiredService<SearchIndexer>().RebuildAsync(progress);
            Set(new ReindexStatus(false, total, total, started, time.GetUtcNow(), false));
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

    private void Set(ReindexStatus status)
    {
        lock (_lock)
        {
            _status = status;
        }
    }

    private sealed class Progress(ReindexJob job, DateTimeOffset? started) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value) =>
            job.Set(new ReindexStatus(true, value.Done, value.Total, started, null, false));
    }
}

/// <summary>Where the last rebuild stands: documents written of all, when it started and ended.</summary>
public sealed record ReindexStatus(bool IsRunning, int Done, int Total, DateTimeOffset? Started, DateTimeOffset? Finished, bool Failed)
{
    public static readonly ReindexStatus Idle = new(false, 0, 0, null, null, false);

    public int Percent => Total == 0 ? (IsRunning ? 0 : 100) : (int)(100L * Done / Total);
}
