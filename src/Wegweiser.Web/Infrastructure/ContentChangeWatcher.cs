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
                    foreach (var id in await db.ContentChanges.OrderByDescending(c => c.Id).Take(Window).Select(c => c.Id).ToListAsync(stoppingToken))
                    {
                        signal.MarkKnown(id);
                    }
                }
                else
                {
                    // A look back over the last ids (ids only, so a quiet poll stays cheap): a
                    // transaction that took a lower id may commit after a higher one is visible.
                    var from = signal.LastChange - Window;
                    var ids = await db.ContentChanges.Where(c => c.Id > from).Select(c => c.Id).ToListAsync(stoppingToken);
                    var unknown = ids.Where(id => !signal.IsKnown(id)).ToList();
                    if (unknown.Count > 0)
                    {
                        var rows = await db.ContentChanges.AsNoTracking().Where(c => unknown.Contains(c.Id)).OrderBy(c => c.Id)
                            .Select(c => new { c.Id, c.ItemIds }).ToListAsync(stoppingToken);
                        foreach (var row in rows.Where(r => signal.MarkKnown(r.Id)))
                        {
                            signal.Changed(ContentChange.Parse(row.ItemIds));
                        }
                    }
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
