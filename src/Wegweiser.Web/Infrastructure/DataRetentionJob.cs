using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wegweiser.Data;

namespace Wegweiser.Web.Infrastructure;

/// <summary>
/// Hourly: deletes visitors' messages after their retention time (<see cref="RetentionOptions"/>):
/// contact requests some days after staff passed them on and at the latest some days after they
/// arrived; visitors' reports of mistakes likewise after an editor's decision or their arrival. Also deletes
/// change-log rows older than a day (nodes read the log every quarter second).
/// </summary>
public sealed class DataRetentionJob(IServiceScopeFactory scopes, TimeProvider time, IOptions<WegweiserOptions> options, ILogger<DataRetentionJob> logger)
    : HourlyJob(time, logger)
{
    /// <summary>Returns how many contact requests and reports of mistakes were deleted.</summary>
    public override async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WegweiserDbContext>();
        var now = Time.GetUtcNow().UtcDateTime;
        var keep = options.Value.Retention;
        var requestsArrived = Before(now, keep.ContactRequestMaxDays);
        var requestsPassedOn = Before(now, keep.ContactRequestDaysAfterPassedOn);
        var requests = await db.ContactRequests
            .Where(r => r.CreatedUtc < requestsArrived || (r.HandledUtc != null && r.HandledUtc < requestsPassedOn))
            .ExecuteDeleteAsync(ct);
        var reportsArrived = Before(now, keep.SuggestionMaxDays);
        var reportsDecided = Before(now, keep.SuggestionDaysAfterDecision);
        var reports = await db.MistakeReports
            .Where(s => s.CreatedUtc < reportsArrived || (s.DecidedUtc != null && s.DecidedUtc < reportsDecided))
            .ExecuteDeleteAsync(ct);
        if (requests + reports > 0)
        {
            logger.LogInformation("Deleted {ContactRequests} contact requests and {MistakeReports} reports of mistakes after their retention time", requests, reports);
        }

        await db.ContentChanges.Where(c => c.ChangedUtc < now.AddDays(-1)).ExecuteDeleteAsync(ct);
        return requests + reports;
    }

    private static DateTime Before(DateTime now, int days) => now.AddDays(-Math.Max(1, days));
}
