using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wegweiser.Data;

namespace Wegweiser.Web.Infrastructure;

/// <summary>
/// Hourly: deletes visitors' contact requests after the configured retention time (default 90
/// days) and change-log rows older than a day (nodes read the log every quarter second).
/// </summary>
public sealed class DataRetentionJob(IServiceScopeFactory scopes, TimeProvider time, IOptions<WegweiserOptions> options, ILogger<DataRetentionJob> logger)
    : HourlyJob(time, logger)
{
    public override async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WegweiserDbContext>();
        var cutoff = Time.GetUtcNow().UtcDateTime.AddDays(-Math.Max(1, options.Value.ContactRequests.RetentionDays));
        var deleted = await db.ContactRequests.Where(r => r.CreatedUtc < cutoff).ExecuteDeleteAsync(ct);
        if (deleted > 0)
        {
            logger.LogInformation("Deleted {Count} contact requests older than the retention time", deleted);
        }

        await db.ContentChanges.Where(c => c.ChangedUtc < Time.GetUtcNow().UtcDateTime.AddDays(-1)).ExecuteDeleteAsync(ct);
        return deleted;
    }
}
