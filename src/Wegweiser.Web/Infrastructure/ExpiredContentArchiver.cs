using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wegweiser.Core.Review;
using Wegweiser.Core.Workflow;
using Wegweiser.Data;
using Wegweiser.Data.Audit;
using Wegweiser.Data.Stores;

namespace Wegweiser.Web.Infrastructure;

/// <summary>
/// Archives courses and events after their end: once at start-up and then every hour. Public
/// pages already hide ended items, so the hour between runs never shows stale dates.
/// </summary>
public sealed class ExpiredContentArchiver(IServiceScopeFactory scopes, TimeProvider time, SiteClock clock, ILogger<ExpiredContentArchiver> logger)
    : HourlyJob(time, logger)
{
    public override async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WegweiserDbContext>();
        var now = Time.GetUtcNow();
        var today = clock.Today;
        var endedIds = await db.ContentVersions.Where(v => v.IsPublished && v.EndsOn != null && v.EndsOn < today)
            .Select(v => v.ItemId).ToListAsync(ct);
        if (endedIds.Count == 0)
        {
            return 0;
        }

        var items = await scope.ServiceProvider.GetRequiredService<ContentStore>().WithVersionsAndTranslations().Where(i => endedIds.Contains(i.Id)).ToListAsync(ct);
        var audit = scope.ServiceProvider.GetRequiredService<AuditTrail>();
        var ended = items.Where(i => i.Latest.IsPublished && ReviewPolicy.HasEnded(i.Latest.EndsOn, today)).ToList();
        foreach (var item in ended)
        {
            item.Transition(WorkflowState.Archived, now.UtcDateTime);
            audit.Record(AuditActions.ArchivedEnded, "system", now.UtcDateTime, itemId: item.Id, version: item.Latest.Number);
        }

        await db.SaveChangesAsync(ct);
        logger.LogInformation("Archived {Count} ended courses and events", ended.Count);
        return ended.Count;
    }
}
