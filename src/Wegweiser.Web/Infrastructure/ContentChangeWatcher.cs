using Microsoft.EntityFrameworkCore;
using Wegweiser.Data;
using Wegweiser.Data.Stores;

namespace Wegweiser.Web.Infrastructure;

/// <summary>
/// Reads the change log (<see cref="ContentChange"/>) every quarter second. For each row it has not
/// seen it raises <see cref="ContentChangeSignal"/> with the changed items, so this node's caches
/// and search index follow changes saved by other nodes within a second, as they do for its own.
/// </summary>
public sealed class ContentChangeWatcher(IServiceScopeFactory scopes, ContentChangeSignal signal, ILogger<ContentChangeWatcher> logger) : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan AfterFailure = TimeSpan.FromSeconds(5);
    private const int Window = 200;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var first = true;
        var seen = new HashSet<long>();
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = Poll;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<WegweiserDbContext>();
                if (first)
                {
                    // The first reading only marks what exists: caches and index start from the database anyway.
                    var existing = await db.ContentChanges.AsNoTracking().OrderByDescending(c => c.Id).Take(Window).Select(c => c.Id).ToListAsync(stoppingToken);
                    seen.UnionWith(existing);
                    if (existing.Count > 0)
                    {
                        signal.Observe(existing[0], raise: false);
                    }
                }
                else
                {
                    // A look back over the last ids: a transaction that took a lower id may commit
                    // after a higher one is visible. This node's own saves come round once more,
                    // which costs a cheap second update.
                    var from = signal.LastChange - Window;
                    var rows = await db.ContentChanges.AsNoTracking().Where(c => c.Id > from).OrderBy(c => c.Id)
                        .Take(Window * 2).Select(c => new { c.Id, c.ItemIds }).ToListAsync(stoppingToken);
                    foreach (var row in rows.Where(r => seen.Add(r.Id)))
                    {
                        signal.Observe(row.Id, raise: false);
                        signal.Changed(ContentChange.Parse(row.ItemIds));
                    }

                    seen.RemoveWhere(id => id < from - Window);
                }

                first = false;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Reading the change log failed; trying again shortly");
                wait = AfterFailure;
            }

            try
            {
                await Task.Delay(wait, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
