using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wegweiser.Data;

namespace Wegweiser.Web.Infrastructure;

/// <summary>Deletes visitors' contact requests after the configured retention time (default 90 days), hourly.</summary>
public sealed class DataRetentionJob(IServiceScopeFactory scopes, TimeProvider time, IOptions<WegweiserOptions> options, ILogger<DataRetentionJob> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), time);
        do
        {
            try
            {
                await DeleteExpiredAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Deleting expired contact requests failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task<int> DeleteExpiredAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WegweiserDbContext>();
        var cutoff = time.GetUtcNow().UtcDateTime.AddDays(-Math.Max(1, options.Value.ContactRequests.RetentionDays));
        var deleted = await db.ContactRequests.Where(r => r.CreatedUtc < cutoff).ExecuteDeleteAsync(ct);
        if (deleted > 0)
        {
            logger.LogInformation("Deleted {Count} contact requests older than the retention time", deleted);
        }

        return deleted;
    }
}
