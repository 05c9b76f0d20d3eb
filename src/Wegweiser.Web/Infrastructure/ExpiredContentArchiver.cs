using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wegweiser.Core.Review;
using Wegweiser.Core.Workflow;
using Wegweiser.Data;

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

        var items = await db.ContentItems.Include(i => i.Versions).Where(i => endedIds.Contains(i.Id)).ToListAsync(ct);
        var ended = items.Where(i => i.Latest.IsPublished && ReviewPolicy.HasEnded(i.Latest.EndsOn, today)).ToList();
        foreach (var item in ended)
        {
            item.Transition(WorkflowState.Archived, now.UtcDateTime);
            db.AuditEntries.Add(new AuditEntry { ItemId = item.Id, VersionNumber = item.Latest.Number, Action = "archived.ended", UserName = "system", Utc = now.UtcDateTime });
        }

        await db.SaveChangesAsync(ct);
        logger.LogInformation("Archived {Count} ended courses and events", ended.Count);
        return ended.Count;
    }
}
