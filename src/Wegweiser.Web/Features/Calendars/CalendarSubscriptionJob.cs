using Microsoft.EntityFrameworkCore;
using Wegweiser.Data;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Calendars;

/// <summary>
/// Fetches every calendar subscription once at start-up and then every hour, each in its own
/// scope, so one failing calendar does not stop the others. Returns how many events it created or updated.
/// With several nodes on one database each node runs this job: a node first claims a subscription
/// (<see cref="CalendarImporter.TryClaimAsync"/>), so a calendar another node fetched within the
/// last <see cref="Fresh"/> is left alone instead of being fetched twice.
/// </summary>
public sealed class CalendarSubscriptionJob(IServiceScopeFactory scopes, TimeProvider time, ILogger<CalendarSubscriptionJob> logger)
    : HourlyJob(time, logger)
{
    /// <summary>How long a fetch (by any node, or "Jetzt abrufen") counts as recent enough to skip the calendar.</summary>
    public static readonly TimeSpan Fresh = TimeSpan.FromMinutes(30);

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
                var importer = scope.ServiceProvider.GetRequiredService<CalendarImporter>();
                if (!await importer.TryClaimAsync(id, Fresh, ct))
                {
                    logger.LogInformation("Calendar subscription {Id} was fetched recently, perhaps by another node; skipped", id);
                    continue;
                }

                var subscription = await importer.ImportAsync(id, ct);
                changed += (subscription?.LastCreated ?? 0) + (subscription?.LastUpdated ?? 0);
            }
            catch (DbUpdateException e)
            {
                // A fetch of the same calendar elsewhere ("Jetzt abrufen" on another node) saved the same dates first; the next run catches up.
                logger.LogWarning(e, "Calendar subscription {Id} was not saved; it was probably fetched at the same time elsewhere", id);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Calendar subscription {Id} failed", id);
            }
        }

        return changed;
    }
}
