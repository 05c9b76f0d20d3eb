using Microsoft.EntityFrameworkCore;
using Wegweiser.Data;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Calendars;

/// <summary>
/// Fetches every calendar subscription once at start-up and then every hour, each in its own
/// scope, so one failing calendar does not stop the others. Returns how many events it created or updated.
/// </summary>
public sealed class CalendarSubscriptionJob(IServiceScopeFactory scopes, TimeProvider time, ILogger<CalendarSubscriptionJob> logger)
    : HourlyJob(time, logger)
{
    public override async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        List<long> ids;
        await using (var scope = scopes.CreateAsyncScope())
        {
            ids = await scope.ServiceProvider.GetRequiredService<WegweiserDbContext>().CalendarSubscriptions
                .OrderBy(s => s.Id).Select(s => s.Id).ToListAsync(ct);
        }

        var changed = 0;
        foreach (var id in ids)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var subscription = await scope.ServiceProvider.GetRequiredService<CalendarImporter>().ImportAsync(id, ct);
                changed += (subscription?.LastCreated ?? 0) + (subscription?.LastUpdated ?? 0);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Calendar subscription {Id} failed", id);
            }
        }

        return changed;
    }
}
