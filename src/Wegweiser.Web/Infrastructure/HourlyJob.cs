namespace Wegweiser.Web.Infrastructure;

/// <summary>
/// A background job that runs once at start-up and then every hour. A failed run is logged and
/// the next one tries again; the job never stops the site.
/// </summary>
public abstract class HourlyJob(TimeProvider time, ILogger logger) : BackgroundService
{
    /// <summary>The one clock, for the derived jobs.</summary>
    protected TimeProvider Time { get; } = time;

    /// <summary>One run of the job; returns how many things it changed.</summary>
    public abstract Task<int> RunOnceAsync(CancellationToken ct = default);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), Time);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Background job {Job} failed", GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
